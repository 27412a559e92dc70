package no.planverk.volunteers.api;

import java.util.List;
import no.planverk.platform.api.RowError;

/** What an import found or did: rows read, records created, row errors; {@code committed} only when all was saved. */
public record ImportSummary(int rows, int created, List<RowError> errors, boolean committed) {

    public static final int MAX_ERRORS = 200;

    public ImportSummary {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
