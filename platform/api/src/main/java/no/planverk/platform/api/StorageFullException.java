package no.planverk.platform.api;

/** A write refused because the disk of the database is (nearly) full; nothing of it was saved. HTTP 503. */
public class StorageFullException extends PlanverkException {
    private static final long serialVersionUID = 1L;
    private final transient StorageStatus status;

    public StorageFullException(String what, StorageStatus status) {
        super("The database could not save this change (" + what + "): the disk is nearly full ("
                + megabytes(status.freeBytes()) + " MB free, " + megabytes(status.minFreeBytes())
                + " MB are kept in reserve so the database is never damaged). Nothing of it was saved. "
                + "Free disk space, then try again; reading goes on meanwhile.");
        this.status = status;
    }

    public StorageStatus status() {
        return status;
    }

    static long megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }
}
