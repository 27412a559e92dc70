package no.planverk.forecasting.api;

import java.util.List;

/** A run's request (every input, so it can be reproduced), its result and the housing staircase need per year. */
public record ForecastOutcome(ForecastRequest request, ForecastResult result, List<HousingCapacity> housing, List<HousingNeed> housingNeeds) {

    public ForecastOutcome {
        housing = housing == null ? List.of() : List.copyOf(housing);
        housingNeeds = housingNeeds == null ? List.of() : List.copyOf(housingNeeds);
    }
}
