package no.planverk.forecasting.core.internal;

import no.planverk.platform.api.RowError;
import java.util.ArrayList;
import java.util.List;
import no.planverk.forecasting.api.InvalidCsvException;

/** Row errors of one file; at most {@link #MAX} are kept, then one saying there are more. */
final class Errors {
    static final int MAX = 200;
    private final List<RowError> list = new ArrayList<>();
    private boolean more;

    void add(int line, String column, String reason) {
        if (list.size() < MAX) {
            list.add(new RowError(line, column, reason));
        } else if (!more) {
            more = true;
            list.add(new RowError(line, null, "More than " + MAX + " errors; only the first are listed"));
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws if there is any error, so that nothing half-parsed is returned. */
    void throwIfAny() {
        if (!list.isEmpty()) {
            list.sort(java.util.Comparator.comparingInt(RowError::line));
            throw new InvalidCsvException(list);
        }
    }
}
