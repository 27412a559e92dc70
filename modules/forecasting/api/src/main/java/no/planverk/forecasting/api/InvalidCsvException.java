package no.planverk.forecasting.api;

import no.planverk.platform.api.RowError;
import java.util.List;
import java.util.stream.Collectors;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** A CSV input with row errors; nothing of the file is used. */
public class InvalidCsvException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    /** The message lists at most this many errors; {@link #errors()} has them all. */
    private static final int IN_MESSAGE = 5;
    private final List<RowError> errors;

    public InvalidCsvException(List<RowError> errors) {
        super(message(errors));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }

    /**
     * Translated: the number of errors and the first error's line (each row error is said on its own); the English
     * text, for the log and the shell, lists the first errors.
     */
    private static Message message(List<RowError> errors) {
        String shown = errors.stream().limit(IN_MESSAGE).map(RowError::toString).collect(Collectors.joining("; "));
        String first = errors.isEmpty() ? "1" : String.valueOf(errors.get(0).line());
        return new Message("forecasting.csv.errors", List.of(String.valueOf(errors.size()), first),
                errors.size() + " error(s) in the file: " + shown + (errors.size() > IN_MESSAGE ? "; ..." : ""));
    }
}
