package no.planverk.volunteers.api;

/** Something the coordinator should know before or after placing a volunteer; shown, never hidden. */
public record Conflict(Kind kind, String message, Long otherAssignmentId) {

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
