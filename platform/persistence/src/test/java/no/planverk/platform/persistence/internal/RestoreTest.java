package no.planverk.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.planverk.platform.api.DatabaseBackup;
import no.planverk.platform.testing.RecordingAudit;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore the README and the health message describe, on an embedded Derby database laid out as in a
 * distribution (data/derby/planverk, data/backup, data/backup/auto): a scheduled backup, a newer one by hand, a change
 * after both; Planverk stops, the database is moved aside, the newest backup's folder is copied in its place, and the
 * database opens with the newest backup's rows and without the change made after it.
 */
class RestoreTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @TempDir
    Path data;

    private String before;

    @BeforeEach
    void dataDirectory() {
        before = System.getProperty("karaf.data");
        System.setProperty("karaf.data", data.toString());
    }

    @AfterEach
    void restoreProperty() {
        if (before == null) {
            System.clearProperty("karaf.data");
        } else {
            System.setProperty("karaf.data", before);
        }
    }

    @Test
    void theNewestBackupComesBackAndTheLaterChangeDoesNot() throws Exception {
        Path database = StorageGuardImpl.databaseHome().resolve("planverk");
        EmbeddedDataSource live = DatabaseBackupImplTest.derby(database, true);
        sql(live, "CREATE TABLE T (N INT)", "INSERT INTO T VALUES (1)");
        Path scheduled = backup(live, DatabaseBackup.defaultDirectory().resolve(Backups.AUTO), "2026-12-06T02:30:00Z");
        sql(live, "INSERT INTO T VALUES (2)");
        Path byHand = backup(live, DatabaseBackup.defaultDirectory(), "2026-12-06T14:00:00Z");
        sql(live, "INSERT INTO T VALUES (3)");
        assertEquals(List.of(1, 2, 3), rows(live));

        // the newest of both folders, as health and the log name it
        assertEquals(byHand, Backups.newest(DatabaseBackup.defaultDirectory()).orElseThrow().toAbsolutePath());
        String advice = Backups.restoreAdvice(byHand, database);
        assertTrue(advice.contains("move " + database + " aside, copy " + byHand.resolve("planverk") + " to " + database), advice);

        // stop Planverk, then the steps of the advice
        shutdown(database);
        Files.move(database, database.resolveSibling("planverk-damaged"));
        copy(byHand.resolve("planverk"), database);

        EmbeddedDataSource restored = DatabaseBackupImplTest.derby(database, false);
        assertEquals(List.of(1, 2), rows(restored), "the newest backup's rows, not the change after it");
        sql(restored, "INSERT INTO T VALUES (4)");
        assertEquals(List.of(1, 2, 4), rows(restored), "the restored database takes changes");
        shutdown(database);

        // the older scheduled backup is still whole, for a restore further back
        EmbeddedDataSource older = DatabaseBackupImplTest.derby(scheduled.resolve("planverk"), false);
        assertEquals(List.of(1), rows(older));
        shutdown(scheduled.resolve("planverk"));
    }

    private static Path backup(EmbeddedDataSource live, Path into, String at) {
        Clock clock = Clock.fixed(Instant.parse(at), OSLO);
        return new DatabaseBackupImpl(live, new RecordingAudit(), clock).backup(into, DatabaseBackupImplTest.ADMIN).toAbsolutePath();
    }

    private static void sql(EmbeddedDataSource ds, String... statements) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static List<Integer> rows(EmbeddedDataSource ds) throws SQLException {
        List<Integer> found = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT N FROM T ORDER BY N")) {
            while (r.next()) {
                found.add(r.getInt(1));
            }
        }
        return found;
    }

    /** As Planverk's stop does: Derby closes the database and releases its files. */
    private static void shutdown(Path database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
        } catch (SQLException e) {
            assertEquals("08006", e.getSQLState(), e.getMessage());
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
