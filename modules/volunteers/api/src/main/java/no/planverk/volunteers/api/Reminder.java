package no.planverk.volunteers.api;

import java.time.LocalDate;

/** Something a coordinator should follow up: a police certificate expiring or expired, or a volunteer without an assignment. */
public record Reminder(Kind kind, long volunteerId, String name, LocalDate date, String message) {

    public enum Kind {
        CERTIFICATE_EXPIRING,
        CERTIFICATE_EXPIRED,
        NO_ASSIGNMENT
    }
}
