package no.planverk.platform.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.planverk.platform.api.DatabaseBackup;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.StorageGuard;
import no.planverk.platform.api.StorageStatus;
import no.planverk.platform.api.UserContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of the embedded database on a schedule: every day at a set time into {@code data/backup/auto}, keeping
 * the newest few, and one shortly after start when the newest backup is older than a day. A backup that would eat into
 * the disk's reserve is skipped with a WARN. Server databases are backed up with their own tools: the schedule stops
 * at its first run there.
 */
@Component(immediate = true, configurationPid = "no.planverk.backup")
@Designate(ocd = BackupSchedule.Config.class)
public class BackupSchedule {

    @ObjectClassDefinition(name = "Planverk scheduled backups")
    public @interface Config {
        @AttributeDefinition(description = "Take scheduled backups of the embedded Derby database")
        boolean enabled() default true;

        @AttributeDefinition(description = "Time of day (HH:mm, Europe/Oslo) of the daily backup")
        String time() default "02:30";

        @AttributeDefinition(description = "How many scheduled backups to keep (older ones are deleted)")
        int keep() default 7;

        @AttributeDefinition(description = "Seconds after start before a catch-up backup, taken when the newest one is older than a day")
        int startDelaySeconds() default 120;

        @AttributeDefinition(description = "Folder of the scheduled backups; empty: data/backup/auto")
        String directory() default "";
    }

    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);
    static final UserContext SYSTEM = UserContext.system("backup");

    private final DatabaseBackup backups;
    private final StorageGuard storage;
    private final Clock clock;
    private final Path directory;
    private final int keep;
    private final ScheduledExecutorService timer;

    @Activate
    public BackupSchedule(@Reference DatabaseBackup backups, @Reference StorageGuard storage, Config config) {
        this(backups, storage, Clock.system(ZoneId.of("Europe/Oslo")), config.directory().isBlank()
                ? DatabaseBackup.defaultDirectory().resolve(Backups.AUTO) : Path.of(config.directory()), config.keep(),
                config.enabled() ? Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "planverk-backup");
                    t.setDaemon(true);
                    return t;
                }) : null);
        if (timer == null) {
            LOG.info("Scheduled backups are off (etc/no.planverk.backup.cfg)");
            return;
        }
        LocalTime at = LocalTime.parse(config.time());
        long first = untilNext(LocalDateTime.now(clock), at).toSeconds();
        timer.scheduleAtFixedRate(this::runSafely, first, TimeUnit.DAYS.toSeconds(1), TimeUnit.SECONDS);
        timer.schedule(() -> {
            if (due()) {
                runSafely();
            }
        }, Math.max(0, config.startDelaySeconds()), TimeUnit.SECONDS);
        LOG.info("Scheduled backups every day at {} into {}, keeping {}", at, directory, keep);
    }

    BackupSchedule(DatabaseBackup backups, StorageGuard storage, Clock clock, Path directory, int keep, ScheduledExecutorService timer) {
        this.backups = backups;
        this.storage = storage;
        this.clock = clock;
        this.directory = directory;
        this.keep = Math.max(1, keep);
        this.timer = timer;
    }

    @Deactivate
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Time from {@code now} to the next {@code at}. */
    static Duration untilNext(LocalDateTime now, LocalTime at) {
        LocalDateTime next = now.toLocalDate().atTime(at);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next);
    }

    /** True when no backup (by hand or scheduled) is younger than a day. */
    boolean due() {
        Optional<Path> newest = Backups.newest(directory.getParent() == null ? directory : directory.getParent());
        Optional<Path> newestAuto = Backups.in(directory).stream().reduce((a, b) -> b);
        String limit = "planverk-" + LocalDateTime.now(clock).minusDays(1).format(DatabaseBackupImpl.STAMP);
        return Stream.of(newest, newestAuto).flatMap(Optional::stream)
                .noneMatch(p -> p.getFileName().toString().compareTo(limit) > 0);
    }

    private void runSafely() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.error("Scheduled backup failed", e);
        }
    }

    /** One scheduled backup and the retention after it; empty when it was skipped. */
    Optional<Path> run() {
        StorageStatus s = storage.status();
        long size = Backups.size(StorageGuardImpl.databaseHome().resolve("planverk"));
        if (s.guarded() && s.freeBytes() >= 0 && s.freeBytes() - size < s.minFreeBytes()) {
            LOG.warn("Scheduled backup skipped: it needs about {} MB and the disk has {} MB free with a reserve of {} MB. "
                    + "Free disk space or point directory in etc/no.planverk.backup.cfg to another disk.", size >> 20,
                    s.freeBytes() >> 20, s.minFreeBytes() >> 20);
            return Optional.empty();
        }
        Path into;
        try {
            into = backups.backup(directory, SYSTEM);
        } catch (PlanverkException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(DatabaseBackupImpl.NOT_DERBY)) {
                LOG.info("Scheduled backups stop: {}", e.getMessage());
                stop();
                return Optional.empty();
            }
            throw e;
        }
        LOG.info("Scheduled backup in {}", into);
        prune();
        return Optional.of(into);
    }

    /** Deletes the oldest scheduled backups beyond {@code keep}. */
    void prune() {
        List<Path> all = Backups.in(directory);
        for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
            try (Stream<Path> s = Files.walk(old)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
                LOG.info("Old scheduled backup {} deleted (keeping {})", old, keep);
            } catch (IOException e) {
                LOG.warn("Old scheduled backup {} could not be deleted: {}", old, e.getMessage());
            }
        }
    }
}
