package no.planverk.volunteers.api;

import java.time.LocalDate;

/** A volunteer placed on an assignment from one day, until {@code to} when the placement has ended. */
public record Placement(long id, long assignmentId, long volunteerId, LocalDate from, LocalDate to, String assignedBy) {

    public boolean activeOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
