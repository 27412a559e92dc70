package no.planverk.platform.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The backup folders ({@code planverk-<yyyyMMdd-HHmmss>}) under a backup directory and its {@code auto} folder. */
final class Backups {

    static final String AUTO = "auto";

    private Backups() {
    }

    /** Every backup folder directly in {@code dir}, oldest first (the time stamp in the name sorts). */
    static List<Path> in(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("planverk-\\d{8}-\\d{6}") && Files.isDirectory(p.resolve("planverk")))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The newest backup, taken by hand ({@code dir}) or on schedule ({@code dir/auto}). */
    static Optional<Path> newest(Path dir) {
        return Stream.concat(in(dir).stream(), in(dir.resolve(AUTO)).stream())
                .max(Comparator.comparing(p -> p.getFileName().toString()));
    }

    /** Bytes under {@code dir}, 0 when it is missing. */
    static long size(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /** How to put a backup back, for logs, health and the about page. */
    static String restoreAdvice(Path backup, Path database) {
        return "To restore the newest backup: stop Planverk, move " + database + " aside, copy " + backup.resolve("planverk")
                + " to " + database + ", start Planverk (README, Backup and restore).";
    }
}
