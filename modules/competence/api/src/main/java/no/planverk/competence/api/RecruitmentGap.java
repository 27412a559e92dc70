package no.planverk.competence.api;

import java.util.List;

/**
 * The recruitment gap per year against a saved forecast run. When forecasting is not installed (or the run has no
 * FTE), {@code available} is false, {@code message} says why and the other fields are empty.
 */
public record RecruitmentGap(boolean available, String message, long unitId, ForecastRun run, String scenario, GapBasis basis,
        Integer baseYear, Double baseFte, List<RecruitmentYear> years) {

    public RecruitmentGap {
        years = List.copyOf(years);
    }

    public static RecruitmentGap unavailable(long unitId, String message) {
        return new RecruitmentGap(false, message, unitId, null, null, null, null, null, List.of());
    }
}
