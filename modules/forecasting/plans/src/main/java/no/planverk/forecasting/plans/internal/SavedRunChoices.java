package no.planverk.forecasting.plans.internal;

import java.util.Comparator;
import java.util.List;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.plans.api.document.BlockChoice;

/** The saved runs a forecasting block can show, newest first: the picker's choices of every forecasting block. */
final class SavedRunChoices {

    private SavedRunChoices() {
    }

    static List<BlockChoice> of(ForecastService forecasts) {
        return forecasts.runs().stream().sorted(Comparator.comparing(RunInfo::created, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(r -> new BlockChoice(String.valueOf(r.id()), r.name())).toList();
    }
}
