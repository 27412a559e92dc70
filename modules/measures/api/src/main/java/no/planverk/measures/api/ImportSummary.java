package no.planverk.measures.api;

import java.util.List;
import no.planverk.platform.api.RowError;

/**
 * What an import found or did: rows read, measures created and updated (matched by plan and number) and
 * row errors. {@code committed} is true only when everything was saved; with errors nothing is.
 */
public record ImportSummary(int rows, int created, int updated, List<RowError> errors, boolean committed) {

    public static final int MAX_ERRORS = 200;

    public ImportSummary {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
