package no.planverk.platform.api.transfer;

import java.util.List;
import java.util.Map;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.RowError;

/**
 * What an import would do (preview) or did (commit): the rows read, the records created and updated, the module's own
 * totals by name (e.g. {@code fte}), notes for the person importing (e.g. "replaces the register of ALV-HO-HEIM 2025",
 * each a {@link Message}), every row error, and whether it was saved. A file with any error is not saved at all:
 * {@code committed} is then false.
 */
public record ImportSummary(int rows, int created, int updated, Map<String, Double> figures, List<Message> notes, List<RowError> errors,
        boolean committed) {

    /** At most this many errors are listed; a file with more gets one last error saying so. */
    public static final int MAX_ERRORS = 200;

    public ImportSummary {
        figures = figures == null ? Map.of() : Map.copyOf(figures);
        notes = notes == null ? List.of() : List.copyOf(notes);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** Without totals of the module's own. */
    public ImportSummary(int rows, int created, int updated, List<Message> notes, List<RowError> errors, boolean committed) {
        this(rows, created, updated, Map.of(), notes, errors, committed);
    }

    /** A file refused with {@code errors}. */
    public static ImportSummary refused(int rows, List<RowError> errors) {
        return new ImportSummary(rows, 0, 0, List.of(), errors, false);
    }

    /** The module's total {@code name}, 0 when it gave none. */
    public double figure(String name) {
        return figures.getOrDefault(name, 0.0);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
