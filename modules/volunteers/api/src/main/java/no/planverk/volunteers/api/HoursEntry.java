package no.planverk.volunteers.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Logged hours with the unit, step and organisation they count for. {@code volunteerId} is null once the
 * volunteer's data has been erased: the hours stay, anonymous.
 */
public record HoursEntry(long id, long assignmentId, Long volunteerId, long unitId, int step, Long organisationId, LocalDate date,
        BigDecimal hours, String loggedBy) {
}
