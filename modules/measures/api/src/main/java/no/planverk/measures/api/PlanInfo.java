package no.planverk.measures.api;

/** A plan as the measures module sees it, lent by a {@link PlanDirectory}. */
public record PlanInfo(long id, String code, String title, Integer periodFrom, Integer periodTo) {
}
