package no.planverk.plans.api;

/** A plan that needs a planner's attention, and why. */
public record Attention(Plan plan, Reason reason, String detail) {

    public enum Reason {
        /** In force and its period ends within the months asked for. */
        EXPIRES_SOON,
        /** Its period has ended but it is still in force. */
        PAST_PERIOD,
        /** Under revision with no planned adoption date. */
        REVISION_WITHOUT_DATE
    }
}
