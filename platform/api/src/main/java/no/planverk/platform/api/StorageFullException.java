package no.planverk.platform.api;

/** A write refused because the disk of the database is (nearly) full; nothing of it was saved. HTTP 503. */
public class StorageFullException extends PlanverkException {
    private static final long serialVersionUID = 1L;
    private final transient StorageStatus status;

    public StorageFullException(String what, StorageStatus status) {
        super(Message.of("platform.storage.full", "The database could not save this change ({0}): the disk is nearly full ({1} MB"
                + " free, {2} MB are kept in reserve so the database is never damaged). Nothing of it was saved. Free disk space,"
                + " then try again; reading goes on meanwhile.", what, String.valueOf(megabytes(status.freeBytes())),
                String.valueOf(megabytes(status.minFreeBytes()))));
        this.status = status;
    }

    public StorageStatus status() {
        return status;
    }

    static long megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }
}
