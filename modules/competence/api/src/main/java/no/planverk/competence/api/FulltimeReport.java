package no.planverk.competence.api;

import java.util.List;

/**
 * Full-time culture of a unit (with the units below): the trend over the register years, oldest first, and the
 * newest year unit by unit (the unit and each unit below it that has positions).
 */
public record FulltimeReport(long unitId, List<FulltimeYear> trend, List<FulltimeStats> units) {

    public FulltimeReport {
        trend = List.copyOf(trend);
        units = List.copyOf(units);
    }
}
