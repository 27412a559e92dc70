package no.planverk.platform.api.transfer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's import and export, registered as a service by the module's core. Preview and commit check the whole file
 * the same way; commit saves every row in one transaction or, with any error, nothing. The shared upload → preview →
 * import component of the UI and the module's REST routes both call it.
 */
@ConsumerType
public interface ModuleTransfer {

    /** The module, e.g. {@code plans} (the prefix of its message keys). */
    String module();

    /** The kinds of files the module imports or exports, e.g. {@code plans} and {@code goals}; the first is the default. */
    List<String> kinds();

    /** The formats a file of {@code kind} may be imported in. */
    Set<FileFormat> importFormats(String kind);

    /** Checks the file with the rights of {@code by}; saves nothing. */
    ImportSummary preview(ImportFile file, UserContext by);

    /** Checks the file and, when it has no errors, saves all of it (audited). */
    ImportSummary commit(ImportFile file, UserContext by);

    /**
     * Everything of {@code kind} that {@code by} may read, in {@code format}; empty when the module exports this kind
     * only in parts (e.g. one unit's register, from the module's own screen and route).
     */
    default Optional<ExportFile> export(String kind, FileFormat format, UserContext by) {
        return Optional.empty();
    }
}
