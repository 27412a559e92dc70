package no.planverk.competence.api;

import java.util.List;
import no.planverk.platform.api.RowError;

/**
 * The outcome of a workforce import or its preview: rows read, positions they hold, the unit/year registers the
 * file replaces (e.g. "ALV-HO-HEIM 2025"), every row error, and whether it was saved (never with errors).
 */
public record ImportResult(int rows, int positions, double fte, List<String> replaces, List<RowError> errors, boolean committed) {

    public static final int MAX_ERRORS = 200;

    public ImportResult {
        replaces = List.copyOf(replaces);
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
