package no.planverk.competence.core.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.planverk.platform.api.Message;
import no.planverk.competence.api.ForecastRun;
import no.planverk.competence.api.GapBasis;
import no.planverk.competence.api.RecruitmentGap;
import no.planverk.competence.api.RecruitmentYear;
import no.planverk.competence.api.RetirementProjection;
import no.planverk.competence.api.RetirementYear;
import no.planverk.competence.api.YearValue;

/**
 * Recruitment gap(t) = needed(t) − projected(t) for the years t0..t0 + N that the forecast covers, where projected
 * is what is left of today's staff ({@link Retirements}; projected(t0) = today's FTE) and needed is the forecast's FTE
 * ({@link GapBasis#FORECAST}) or today's FTE × F(t) ÷ F(t0) ({@link GapBasis#GROWTH}).
 */
final class RecruitmentGaps {

    private RecruitmentGaps() {
    }

    static RecruitmentGap of(ForecastRun run, String scenario, GapBasis basis, RetirementProjection projection, List<YearValue> forecast) {
        Map<Integer, Double> f = new TreeMap<>();
        forecast.forEach(v -> f.put(v.year(), v.value()));
        int t0 = projection.baseYear();
        Double fBase = f.get(t0);
        if (basis == GapBasis.GROWTH && (fBase == null || fBase <= 0)) {
            return RecruitmentGap.unavailable(projection.unitId(), Message.of("competence.recruit.noBaseYear",
                    "The forecast run ''{0}'' has no FTE for the register year {1} (it covers {2}-{3}), so growth from that year cannot"
                    + " be computed; choose basis=forecast or a register year within the run", run.name(), String.valueOf(t0),
                    String.valueOf(run.baseYear()), String.valueOf(run.horizon())));
        }
        Map<Integer, Double> projected = new TreeMap<>();
        projected.put(t0, projection.baseFte());
        for (RetirementYear y : projection.totals()) {
            projected.put(y.year(), y.projectedFte());
        }
        List<RecruitmentYear> years = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : projected.entrySet()) {
            Double value = f.get(e.getKey());
            if (value != null) {
                double needed = basis == GapBasis.GROWTH ? projection.baseFte() * value / fBase : value;
                years.add(new RecruitmentYear(e.getKey(), needed, e.getValue(), needed - e.getValue()));
            }
        }
        if (years.isEmpty()) {
            return RecruitmentGap.unavailable(projection.unitId(), Message.of("competence.recruit.noOverlap",
                    "The forecast run ''{0}'' covers {1}-{2}, none of the years {3}-{4} of the projection", run.name(),
                    String.valueOf(run.baseYear()), String.valueOf(run.horizon()), String.valueOf(t0),
                    String.valueOf(t0 + projection.params().years())));
        }
        return new RecruitmentGap(true, null, projection.unitId(), run, scenario, basis, t0, projection.baseFte(), years);
    }
}
