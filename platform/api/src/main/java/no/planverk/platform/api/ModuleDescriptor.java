package no.planverk.platform.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered as an OSGi service by every module (and by the platform itself). The platform lists the
 * registered descriptors as the installed modules; when the bundle stops, the module is gone.
 */
@ConsumerType
public interface ModuleDescriptor {

    /** Stable identifier, lower case, e.g. {@code plans}. */
    String id();

    /** Display name, e.g. "Planar og mål". */
    String name();

    /** Version of the module, usually its bundle version. */
    String version();

    /** Name of a Vaadin icon (e.g. {@code FILE_TREE}); the UI falls back to a default icon. */
    default String icon() {
        return "PUZZLE_PIECE";
    }

    /** One sentence on what the module does. */
    default String description() {
        return "";
    }

    default ModuleInfo info() {
        return new ModuleInfo(id(), name(), version(), icon(), description());
    }
}
