package no.planverk.platform.tabular;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.RowError;

/**
 * The row errors of one file, at most {@link Tables#MAX_ERRORS} and then one saying that more follow. The reader adds
 * its own; a module adds those of its rules.
 */
public final class RowErrors {

    private final List<RowError> errors = new ArrayList<>();

    public void add(int line, String column, Message message) {
        add(new RowError(line, column, message));
    }

    public void add(RowError error) {
        if (errors.size() < Tables.MAX_ERRORS) {
            errors.add(error);
        } else if (errors.size() == Tables.MAX_ERRORS) {
            errors.add(new RowError(error.line(), null, Message.of("platform.table.moreErrors", "More errors follow; fix these first")));
        }
    }

    public void addAll(List<RowError> more) {
        more.forEach(this::add);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public int size() {
        return errors.size();
    }

    /** The errors in the order they were found. */
    public List<RowError> list() {
        return Collections.unmodifiableList(errors);
    }
}
