package no.planverk.plans.api;

import java.util.List;

/**
 * What an import would do (preview) or did (commit): counts of plans and goals created and updated,
 * and the row errors. A file with any error is not imported at all: {@code committed} is then false.
 */
public record ImportSummary(int rows, int plansCreated, int plansUpdated, int goalsCreated, int goalsUpdated,
        List<RowError> errors, boolean committed) {

    /** At most this many errors are listed; a file with more gets one last error saying so. */
    public static final int MAX_ERRORS = 200;

    public ImportSummary {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
