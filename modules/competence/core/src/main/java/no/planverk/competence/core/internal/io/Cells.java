package no.planverk.competence.core.internal.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.RowError;

/** A file read into rows of named cells, whatever its format, with the errors found while reading and checking. */
final class Cells {

    /** One row: its line (1 = header) and its cells by column name (absent or blank = empty). */
    record Row(int line, Map<String, String> cells) {

        String get(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    final List<Row> rows = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();

    void error(int line, String column, Message reason) {
        if (errors.size() < ImportSummary.MAX_ERRORS) {
            errors.add(new RowError(line, column, reason));
        } else if (errors.size() == ImportSummary.MAX_ERRORS) {
            errors.add(new RowError(line, null, Message.of("competence.import.tooManyErrors", "More than {0} errors; fix these first",
                    String.valueOf(ImportSummary.MAX_ERRORS))));
        }
    }

    /** A row error with key {@code key} and the English {@code pattern} over {@code args}. */
    void error(int line, String column, String key, String pattern, Object... args) {
        error(line, column, Message.of(key, pattern, args));
    }

    /** Columns named by the errors from position {@code from} on. */
    java.util.Set<String> columnsSince(int from) {
        java.util.Set<String> out = new java.util.HashSet<>();
        errors.subList(Math.min(from, errors.size()), errors.size()).forEach(e -> out.add(e.column()));
        return out;
    }

    int errorCount() {
        return errors.size();
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The errors by line. */
    List<RowError> errors() {
        List<RowError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(RowError::line));
        return sorted;
    }
}
