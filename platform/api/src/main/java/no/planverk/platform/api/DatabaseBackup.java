package no.planverk.platform.api;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * An online backup of the embedded Derby database, taken while Planverk runs. Admins only; audited.
 * Restore: stop Planverk, replace {@code data/derby/planverk} with the backup's {@code planverk} folder, start.
 */
@ProviderType
public interface DatabaseBackup {

    /**
     * Writes a consistent copy of the database into a new folder {@code planverk-<timestamp>} under
     * {@code directory} and returns that folder.
     *
     * @throws InvalidInputException when the database is not the embedded Derby one, or the folder cannot be written
     */
    Path backup(Path directory, UserContext by);

    /** Where backups go unless told otherwise: {@code data/backup} under Karaf's data folder. */
    static Path defaultDirectory() {
        return Path.of(System.getProperty("karaf.data", "data"), "backup");
    }
}
