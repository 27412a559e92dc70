package no.planverk.competence.api;

import java.util.List;

/** Retirements and recruitment need of a unit (with the units below) from its register year, per category and in all. */
public record RetirementProjection(long unitId, int baseYear, RetirementParams params, double baseFte, double aged55plusFte,
        List<RetirementYear> categories, List<RetirementYear> totals) {

    public RetirementProjection {
        categories = List.copyOf(categories);
        totals = List.copyOf(totals);
    }
}
