package no.planverk.plans.api;

/** A goal with the plan it belongs to, as one step on a path up the red thread. */
public record GoalRef(long goalId, String code, String text, GoalLevel level, long planId, String planCode,
        String planTitle, PlanType planType) {
}
