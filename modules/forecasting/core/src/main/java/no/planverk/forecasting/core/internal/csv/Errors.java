package no.planverk.forecasting.core.internal.csv;

import no.planverk.platform.api.Message;
import no.planverk.platform.api.RowError;
import java.util.ArrayList;
import java.util.List;
import no.planverk.forecasting.api.InvalidCsvException;

/** Row errors of one file; at most {@link #MAX} are kept, then one saying there are more. */
final class Errors {
    static final int MAX = 200;
    private final List<RowError> list = new ArrayList<>();
    private boolean more;

    void add(int line, String column, Message reason) {
        if (list.size() < MAX) {
            list.add(new RowError(line, column, reason));
        } else if (!more) {
            more = true;
            list.add(new RowError(line, null, Message.of("forecasting.csv.tooManyErrors",
                    "More than {0} errors; only the first are listed", String.valueOf(MAX))));
        }
    }

    /** A row error with key {@code key} and the English {@code pattern} over {@code args}. */
    void add(int line, String column, String key, String pattern, Object... args) {
        add(line, column, Message.of(key, pattern, args));
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
