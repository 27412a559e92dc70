package no.planverk.plans.api;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a plan's status history: the status, the date it took effect, a note, who and when. */
public record StatusEvent(long id, long planId, PlanStatus status, LocalDate date, String note, String actor, Instant at) {
}
