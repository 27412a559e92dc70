package no.planverk.competence.forecasting.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.planverk.competence.api.ForecastRun;
import no.planverk.competence.api.FteForecasts;
import no.planverk.competence.api.YearValue;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.SavedRun;
import no.planverk.forecasting.api.ServiceResult;
import no.planverk.platform.api.NotFoundException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Saved forecast runs as competence planning's FTE need: ServiceResult.fte per year, summed over services. */
@Component(service = FteForecasts.class)
public class ForecastFte implements FteForecasts {

    private final ForecastService forecasts;

    @Activate
    public ForecastFte(@Reference ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    @Override
    public List<ForecastRun> runs() {
        return forecasts.runs().stream().map(ForecastFte::run).toList();
    }

    private static ForecastRun run(RunInfo r) {
        return new ForecastRun(r.id(), r.name(), r.baseYear(), r.horizon(), r.scenarios());
    }

    @Override
    public Optional<List<YearValue>> fte(long runId, String scenario) {
        SavedRun run;
        try {
            run = forecasts.savedRun(runId);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        if (!run.info().scenarios().contains(scenario)) {
            return Optional.empty();
        }
        Map<Integer, Double> byYear = new TreeMap<>();
        for (ServiceResult s : run.outcome().result().services()) {
            if (s.scenario().equals(scenario) && s.fte() != null) {
                byYear.merge(s.year(), s.fte(), Double::sum);
            }
        }
        return Optional.of(byYear.entrySet().stream().map(e -> new YearValue(e.getKey(), e.getValue())).toList());
    }
}
