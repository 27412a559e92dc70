package no.planverk.plans.api;

import java.time.LocalDate;

/**
 * A request to move a plan to another status. {@code date} is when it happened (today when null),
 * {@code successorId} names the plan that replaces it (for {@link PlanStatus#REPLACED}), and
 * {@code plannedAdoption} the date a revision is planned to be adopted (for {@link PlanStatus#REVISION}).
 */
public record StatusChange(PlanStatus to, LocalDate date, String note, Long successorId, LocalDate plannedAdoption) {

    public static StatusChange to(PlanStatus to, LocalDate date, String note) {
        return new StatusChange(to, date, note, null, null);
    }
}
