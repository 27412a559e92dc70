package no.planverk.measures.api;

/**
 * Filters for the measure grid; null means any. {@code year} keeps measures running that year,
 * {@code unitId} those a unit (or a unit below it) answers for, {@code municipalityId} those of a municipality (a
 * top-level unit): a unit in it answers for them, or, for measures without units ("alle", "tverrsektorielt"), their
 * plan is owned by a unit in it; a measure without units whose plan's owner is not known (no plans module, or a plan
 * without an owning unit) belongs to every municipality. {@code funding} those with a year of that
 * funding, {@code attention} late or unfunded ones. {@code text} matches number, title, plan name, goal
 * text and contact. {@code sort}: plan, number, title, status, light, from, to (prefix '-' for descending).
 */
public record MeasureQuery(Long planId, Long goalId, Long unitId, Long municipalityId, Integer year, MeasureStatus status, Light light,
        Funding funding, Boolean attention, String text, String sort, int offset, int limit) {

    public static final int MAX_LIMIT = 1000;

    public MeasureQuery {
        offset = Math.max(0, offset);
        limit = limit <= 0 ? 50 : Math.min(limit, MAX_LIMIT);
    }

    /** The filters without a municipality (API 1.1). */
    public MeasureQuery(Long planId, Long goalId, Long unitId, Integer year, MeasureStatus status, Light light,
            Funding funding, Boolean attention, String text, String sort, int offset, int limit) {
        this(planId, goalId, unitId, null, year, status, light, funding, attention, text, sort, offset, limit);
    }

    public static MeasureQuery all() {
        return new MeasureQuery(null, null, null, null, null, null, null, null, null, null, 0, MAX_LIMIT);
    }

    public static MeasureQuery ofPlan(long planId) {
        return new MeasureQuery(planId, null, null, null, null, null, null, null, null, null, 0, MAX_LIMIT);
    }

    public MeasureQuery page(int newOffset, int newLimit) {
        return new MeasureQuery(planId, goalId, unitId, municipalityId, year, status, light, funding, attention, text, sort, newOffset,
                newLimit);
    }

    /** The same filters for one goal. */
    public MeasureQuery withGoal(Long newGoalId) {
        return new MeasureQuery(planId, newGoalId, unitId, municipalityId, year, status, light, funding, attention, text, sort, offset,
                limit);
    }
}
