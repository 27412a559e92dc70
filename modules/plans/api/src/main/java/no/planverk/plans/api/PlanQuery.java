package no.planverk.plans.api;

/**
 * Filters for the plan grid; null means any. {@code year} keeps plans whose period covers that year,
 * {@code text} matches code, title, responsible person and decision reference. {@code sort} is one of
 * code, title, type, status, from, to (prefix '-' for descending).
 */
public record PlanQuery(PlanType type, PlanStatus status, Long unitId, Integer year, String text, String sort,
        int offset, int limit) {

    public static final int MAX_LIMIT = 1000;

    public PlanQuery {
        offset = Math.max(0, offset);
        limit = limit <= 0 ? 50 : Math.min(limit, MAX_LIMIT);
    }

    public static PlanQuery all() {
        return new PlanQuery(null, null, null, null, null, null, 0, MAX_LIMIT);
    }

    public PlanQuery page(int newOffset, int newLimit) {
        return new PlanQuery(type, status, unitId, year, text, sort, newOffset, newLimit);
    }
}
