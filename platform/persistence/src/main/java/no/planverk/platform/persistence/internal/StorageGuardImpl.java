package no.planverk.platform.persistence.internal;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import no.planverk.platform.api.DatabaseBackup;
import no.planverk.platform.api.StorageGuard;
import no.planverk.platform.api.StorageStatus;
import no.planverk.platform.persistence.api.JpaWork;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses writes while the disk of the embedded database has less free space than the reserve, so Derby never meets a
 * full disk (a full disk in the middle of a log write can leave a Derby database that does not recover). Every
 * {@link JpaWork#write} asks it first; it logs one WARN when it starts refusing and one INFO when space is back.
 */
@Component(service = StorageGuard.class, immediate = true, configurationPid = "no.planverk.storage")
@Designate(ocd = StorageGuardImpl.Config.class)
public class StorageGuardImpl implements StorageGuard {

    @ObjectClassDefinition(name = "Planverk storage guard")
    public @interface Config {
        @AttributeDefinition(description = "Free space (MB) kept in reserve on the disk of the database; writes are refused below it")
        long minFreeMb() default 256;

        @AttributeDefinition(description = "The folder of the embedded database; empty: data/derby")
        String directory() default "";
    }

    private static final Logger LOG = LoggerFactory.getLogger(StorageGuardImpl.class);
    private final AtomicBoolean refusing = new AtomicBoolean();
    private volatile Path directory;
    private volatile long minFreeBytes;

    @Activate
    public StorageGuardImpl(Config config) {
        configure(config);
        JpaWork.guardWith(this);
        LOG.info("Storage guard on {}: writes are refused below {} MB free", directory, config.minFreeMb());
    }

    StorageGuardImpl(Path directory, long minFreeBytes) {
        this.directory = directory;
        this.minFreeBytes = minFreeBytes;
    }

    @Modified
    void configure(Config config) {
        directory = config.directory().isBlank() ? databaseHome() : Path.of(config.directory());
        minFreeBytes = Math.max(0, config.minFreeMb()) * 1024 * 1024;
    }

    @Deactivate
    void deactivate() {
        JpaWork.guardWith(null);
    }

    static Path databaseHome() {
        return Path.of(System.getProperty("karaf.data", "data"), "derby").toAbsolutePath();
    }

    @Override
    public StorageStatus status() {
        Path dir = directory;
        String newest = Backups.newest(DatabaseBackup.defaultDirectory()).map(p -> p.toAbsolutePath().toString()).orElse(null);
        if (!Files.isDirectory(dir)) {
            return new StorageStatus(false, true, dir.toString(), -1, minFreeBytes, newest,
                    "No local database folder to watch (a server database)");
        }
        long free;
        try {
            FileStore store = Files.getFileStore(dir);
            free = store.getUsableSpace();
        } catch (IOException e) {
            return new StorageStatus(true, true, dir.toString(), -1, minFreeBytes, newest, "Free space unknown: " + e.getMessage());
        }
        boolean writable = free >= minFreeBytes;
        transition(writable, free);
        String message = writable ? "OK"
                : "The disk of the database has " + mb(free) + " MB free, below the reserve of " + mb(minFreeBytes)
                        + " MB: changes are refused until space is freed (reading goes on)";
        return new StorageStatus(true, writable, dir.toString(), free, minFreeBytes, newest, message);
    }

    private void transition(boolean writable, long free) {
        if (!writable && refusing.compareAndSet(false, true)) {
            LOG.warn("The disk of the database ({}) has {} MB free, below the reserve of {} MB: changes are refused until "
                    + "space is freed", directory, mb(free), mb(minFreeBytes));
        } else if (writable && refusing.compareAndSet(true, false)) {
            LOG.info("The disk of the database has {} MB free again: changes are accepted", mb(free));
        }
    }

    private static long mb(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }
}
