package no.planverk.platform.api;

/**
 * The disk under the embedded database: free space, the reserve below which writes are refused, and the newest
 * backup (null when none is found). {@code guarded} is false when there is no local database folder to watch (a
 * server database), and then writes are never refused here.
 */
public record StorageStatus(boolean guarded, boolean writable, String directory, long freeBytes, long minFreeBytes,
        String newestBackup, String message) {
}
