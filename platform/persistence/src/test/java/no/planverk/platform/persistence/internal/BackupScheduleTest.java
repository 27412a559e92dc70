package no.planverk.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import no.planverk.platform.testing.RecordingAudit;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scheduled backups of a real Derby database: they are taken, the newest few are kept, and none eats the reserve. */
class BackupScheduleTest {

    /** A clock that moves a minute on at every reading, so every backup gets its own folder. */
    static final class Ticking extends Clock {
        private Instant now = Instant.parse("2026-12-01T01:30:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Oslo");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plusSeconds(60);
            return now;
        }
    }

    static EmbeddedDataSource database(Path dir) throws SQLException {
        EmbeddedDataSource live = DatabaseBackupImplTest.derby(dir.resolve("live/planverk"), true);
        try (Connection c = live.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE T (N INT)");
            s.execute("INSERT INTO T VALUES (1)");
        }
        return live;
    }

    @Test
    void keepsTheNewestBackupsAndDeletesOlderOnes(@TempDir Path tmp) throws SQLException {
        Ticking clock = new Ticking();
        DatabaseBackupImpl backups = new DatabaseBackupImpl(database(tmp), new RecordingAudit(), clock);
        Path auto = tmp.resolve("backup/auto");
        BackupSchedule schedule = new BackupSchedule(backups, new StorageGuardImpl(tmp, 0), clock, auto, 2, null);
        Path first = schedule.run().orElseThrow();
        Path second = schedule.run().orElseThrow();
        Path third = schedule.run().orElseThrow();
        assertEquals(List.of(second, third), Backups.in(auto));
        assertFalse(Files.exists(first));
        assertTrue(Files.isDirectory(third.resolve("planverk")));
        assertEquals(Optional.of(third), Backups.newest(tmp.resolve("backup")));
    }

    @Test
    void aBackupThatWouldEatTheReserveIsSkipped(@TempDir Path tmp) throws SQLException {
        Ticking clock = new Ticking();
        DatabaseBackupImpl backups = new DatabaseBackupImpl(database(tmp), new RecordingAudit(), clock);
        Path auto = tmp.resolve("backup/auto");
        BackupSchedule schedule = new BackupSchedule(backups, new StorageGuardImpl(tmp, Long.MAX_VALUE / 2), clock, auto, 2, null);
        assertTrue(schedule.run().isEmpty());
        assertTrue(Backups.in(auto).isEmpty());
    }

    @Test
    void aCatchUpBackupIsDueWhenNoneIsYoungerThanADay(@TempDir Path tmp) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneId.of("Europe/Oslo"));
        Path auto = tmp.resolve("backup/auto");
        BackupSchedule schedule = new BackupSchedule(null, null, clock, auto, 7, null);
        assertTrue(schedule.due(), "no backup at all");
        Files.createDirectories(tmp.resolve("backup/planverk-20261205-100000/planverk"));
        assertTrue(schedule.due(), "a backup by hand from more than a day ago");
        Files.createDirectories(auto.resolve("planverk-20261206-023000/planverk"));
        assertFalse(schedule.due(), "last night's scheduled backup");
    }

    @Test
    void theDailyBackupRunsAtItsTimeToday() {
        LocalDateTime morning = LocalDateTime.parse("2026-12-06T01:00:00");
        assertEquals(Duration.ofMinutes(90), BackupSchedule.untilNext(morning, LocalTime.of(2, 30)));
        assertEquals(Duration.ofHours(22), BackupSchedule.untilNext(morning.plusHours(2).plusMinutes(30), LocalTime.of(1, 30)));
    }
}
