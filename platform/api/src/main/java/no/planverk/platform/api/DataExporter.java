package no.planverk.platform.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's part of the export of all data ({@link DataExport}): registered by each module's core bundle.
 * Called only by the platform, for an admin, so it returns everything the module stores, personal data included.
 */
@ConsumerType
public interface DataExporter {

    /** The module's id, as in its {@link ModuleDescriptor} ("plans"). */
    String module();

    /**
     * The module's data as values the platform writes as JSON: records, lists, maps, strings and numbers, and
     * {@link JsonText} for JSON the module has written itself (its own JSON export, say).
     */
    Object data();
}
