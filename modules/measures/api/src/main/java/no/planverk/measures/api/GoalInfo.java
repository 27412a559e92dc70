package no.planverk.measures.api;

/** A goal as the measures module sees it, lent by a {@link PlanDirectory}. */
public record GoalInfo(long id, long planId, String code, String text) {
}
