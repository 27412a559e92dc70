package no.planverk.volunteers.api;

import no.planverk.platform.api.Message;

/**
 * Something the coordinator should know before or after placing a volunteer; shown, never hidden. {@code message} is
 * English; {@code text} says the same with a message key, so it can be said in the user's language (its arguments are
 * ids, ISO dates and skills).
 */
public record Conflict(Kind kind, String message, Long otherAssignmentId, Message text) {

    public Conflict {
        if (text == null) {
            text = Message.plain(message);
        }
        if (message == null) {
            message = text.english();
        }
    }

    /** A conflict in English only (the form of API 1.1). */
    public Conflict(Kind kind, String message, Long otherAssignmentId) {
        this(kind, message, otherAssignmentId, null);
    }

    /** A conflict with its message key. */
    public Conflict(Kind kind, Message text, Long otherAssignmentId) {
        this(kind, text.english(), otherAssignmentId, text);
    }

    public enum Kind {
        /** Placed on another assignment at the same time. */
        DOUBLE_BOOKING,
        /** The assignment needs a police certificate and none is registered. */
        CERTIFICATE_MISSING,
        /** The police certificate has expired (or is not valid on the first day). */
        CERTIFICATE_EXPIRED,
        /** The police certificate expires before the assignment ends. */
        CERTIFICATE_EXPIRES,
        /** The assignment needs a signed confidentiality declaration. */
        CONFIDENTIALITY_MISSING,
        /** A required skill is missing. */
        SKILL_MISSING,
        /** The volunteer is not active. */
        NOT_ACTIVE,
        /** The assignment has as many volunteers as it needs. */
        FULL
    }
}
