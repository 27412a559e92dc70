package no.planverk.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import no.planverk.platform.api.DatabaseStatus;
import no.planverk.platform.testing.RecordingAudit;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseHealthImplTest {

    @Test
    void reportsAWorkingDatabase() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        DatabaseStatus s = new DatabaseHealthImpl(ds).check();
        assertTrue(s.ok(), s.message());
        assertTrue(s.product().startsWith("Apache Derby"), s.product());
    }

    @Test
    void explainsADatabaseThatCannotBeCreated(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("derby"), "a file where the database directory should be");
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(blocker.resolve("planverk").toString());
        ds.setCreateDatabase("create");
        DatabaseStatus s = new DatabaseHealthImpl(ds).check();
        assertFalse(s.ok());
        assertTrue(s.message().startsWith("Database unavailable: "), s.message());
        assertTrue(s.message().contains("writable"), s.message());
    }

    @Test
    void aDatabaseThatCannotRecoverNamesTheNewestBackupAndHowToRestoreIt(@TempDir Path dir) throws Exception {
        String before = System.getProperty("karaf.data");
        System.setProperty("karaf.data", dir.toString());
        try {
            Path db = dir.resolve("derby/planverk");
            EmbeddedDataSource live = DatabaseBackupImplTest.derby(db, true);
            try (Connection c = live.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE T (N INT)");
                s.execute("INSERT INTO T VALUES (1)");
            }
            Path backup = new DatabaseBackupImpl(live, new RecordingAudit()).backup(dir.resolve("backup"), DatabaseBackupImplTest.ADMIN);
            try (Connection c = live.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("INSERT INTO T VALUES (2)");
                // a copy taken without a clean shutdown, its data pages then damaged (as a disk fault would)
                damage(db);
                c.rollback();
            }
            DatabaseStatus s = new DatabaseHealthImpl(DatabaseBackupImplTest.derby(dir.resolve("derby/planverk-copy"), false)).check();
            assertFalse(s.ok());
            assertTrue(s.message().contains("cannot be opened: it did not recover (Invalid checksum on Page"), s.message());
            assertTrue(s.message().contains("The newest backup is " + backup.toAbsolutePath()), s.message());
            assertTrue(s.message().contains("copy " + backup.toAbsolutePath().resolve("planverk")), s.message());
            assertFalse(s.message().contains("Hex dump"), s.message());
            assertTrue(s.message().length() < 1000, s.message());
        } finally {
            if (before == null) {
                System.clearProperty("karaf.data");
            } else {
                System.setProperty("karaf.data", before);
            }
        }
    }

    static void damage(Path db) throws java.io.IOException {
        Path copy = db.resolveSibling("planverk-copy");
        try (var files = Files.walk(db)) {
            for (Path p : files.toList()) {
                Path to = copy.resolve(db.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        try (var files = Files.list(copy.resolve("seg0"))) {
            for (Path page : files.filter(p -> p.getFileName().toString().endsWith(".dat")).toList()) {
                byte[] b = Files.readAllBytes(page);
                for (int i = 200; i < Math.min(b.length, 4000); i++) {
                    b[i] = (byte) (b[i] ^ 0x5A);
                }
                Files.write(page, b);
            }
        }
    }
}
