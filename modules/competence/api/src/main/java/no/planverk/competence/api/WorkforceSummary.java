package no.planverk.competence.api;

import java.util.List;

/** Aggregates of a unit (with the units below it) in a register year: what every role may read. */
public record WorkforceSummary(long unitId, String unitCode, String unitName, int year, int positions, double fte, int aged55plus,
        List<CategoryCount> categories) {

    public WorkforceSummary {
        categories = List.copyOf(categories);
    }
}
