package no.planverk.plans.api;

/**
 * Something of another module that serves a goal, e.g. measure 86. {@code kind} names it ("measure"),
 * {@code route} is its UI route (or null).
 */
public record GoalLink(long goalId, String kind, long id, String code, String text, String route) {
}
