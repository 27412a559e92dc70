package no.planverk.platform.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps the embedded database away from a full disk: below a reserve of free space (configuration
 * {@code no.planverk.storage}, {@code minFreeMb}) writes are refused with {@link StorageFullException} before they
 * start, and let through again once space returns.
 */
@ProviderType
public interface StorageGuard {

    /** The state now (measured on every call). */
    StorageStatus status();

    /** Throws {@link StorageFullException} when a write of {@code what} must not start now. */
    default void requireSpace(String what) {
        StorageStatus s = status();
        if (!s.writable()) {
            throw new StorageFullException(what, s);
        }
    }
}
