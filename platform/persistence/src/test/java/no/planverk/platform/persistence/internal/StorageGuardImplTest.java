package no.planverk.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import no.planverk.platform.api.StorageFullException;
import no.planverk.platform.api.StorageStatus;
import no.planverk.platform.persistence.api.JpaWork;
import no.planverk.platform.testing.LocalJpaTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes stop before the disk is full, and start again when space is back; reads and other disks are not touched. */
class StorageGuardImplTest {

    @AfterEach
    void noGuard() {
        JpaWork.guardWith(null);
    }

    @Test
    void belowTheReserveWritesAreRefusedBeforeTheyStart(@TempDir Path dir) {
        StorageGuardImpl guard = new StorageGuardImpl(dir, Long.MAX_VALUE);
        StorageStatus s = guard.status();
        assertTrue(s.guarded());
        assertFalse(s.writable());
        assertTrue(s.freeBytes() > 0);
        assertTrue(s.message().contains("below the reserve"), s.message());

        JpaWork.guardWith(guard);
        AtomicBoolean ran = new AtomicBoolean();
        StorageFullException e;
        try (LocalJpaTemplate jpa = LocalJpaTemplate.inMemory("planverk-platform-test")) {
            e = assertThrows(StorageFullException.class, () -> JpaWork.write(jpa, "Measure", 1, em -> {
                ran.set(true);
                return null;
            }));
        }
        assertFalse(ran.get(), "the write must not start");
        assertTrue(e.getMessage().contains("Nothing of it was saved"), e.getMessage());
        assertTrue(e.getMessage().contains("Measure"), e.getMessage());
    }

    @Test
    void aboveTheReserveWritesGoThrough(@TempDir Path dir) {
        StorageGuardImpl guard = new StorageGuardImpl(dir, 1);
        assertTrue(guard.status().writable());
        assertEquals("OK", guard.status().message());
        guard.requireSpace("Measure");
    }

    @Test
    void spaceBackMeansWritesBack(@TempDir Path dir) {
        StorageGuardImpl guard = new StorageGuardImpl(dir, Long.MAX_VALUE);
        assertFalse(guard.status().writable());
        guard = new StorageGuardImpl(dir, 0);
        assertTrue(guard.status().writable());
    }

    @Test
    void withoutALocalDatabaseFolderNothingIsRefused(@TempDir Path dir) {
        StorageGuardImpl guard = new StorageGuardImpl(dir.resolve("no-such-folder"), Long.MAX_VALUE);
        assertFalse(guard.status().guarded());
        assertTrue(guard.status().writable());
        guard.requireSpace("Measure");
    }
}
