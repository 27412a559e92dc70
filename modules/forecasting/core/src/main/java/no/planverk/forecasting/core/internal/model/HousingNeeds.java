package no.planverk.forecasting.core.internal.model;

import java.util.ArrayList;
import java.util.List;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.forecasting.api.HousingCapacity;
import no.planverk.forecasting.api.HousingNeed;
import no.planverk.forecasting.api.YearResult;

/** Housing staircase need: each step's places grow with the population at or above the coverage age. */
public final class HousingNeeds {

    private HousingNeeds() {
    }

    public static List<HousingNeed> of(List<HousingCapacity> capacity, ForecastResult result) {
        if (capacity.isEmpty()) {
            return List.of();
        }
        double base = result.years().get(0).coveragePopulation();
        List<HousingNeed> needs = new ArrayList<>(capacity.size() * result.years().size());
        for (YearResult y : result.years()) {
            double factor = base == 0 ? 1 : y.coveragePopulation() / base;
            for (HousingCapacity c : capacity) {
                double needed = c.places() * factor;
                needs.add(new HousingNeed(c.centre(), c.step(), c.type(), y.year(), c.places(), needed, needed - c.places()));
            }
        }
        return needs;
    }
}
