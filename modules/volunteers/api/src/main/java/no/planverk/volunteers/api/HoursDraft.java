package no.planverk.volunteers.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Hours a volunteer gave to an assignment on a day (quarter hours, at most 24). */
public record HoursDraft(long assignmentId, long volunteerId, LocalDate date, BigDecimal hours) {
}
