package no.planverk.plans.api;

import no.planverk.platform.api.Message;

/**
 * Why a row of an import file is refused: the line (1 = header), the column (or null) and the reason, in English and
 * (when {@code message} has a key) in every language.
 */
public record RowError(int line, String column, String reason, Message message) {

    public RowError {
        if (message == null) {
            message = Message.plain(reason);
        }
        if (reason == null) {
            reason = message.english();
        }
    }

    /** A reason in English only. */
    public RowError(int line, String column, String reason) {
        this(line, column, reason, null);
    }

    /** A reason with a message key. */
    public RowError(int line, String column, Message message) {
        this(line, column, message.english(), message);
    }

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", " + column) + ": " + reason;
    }
}
