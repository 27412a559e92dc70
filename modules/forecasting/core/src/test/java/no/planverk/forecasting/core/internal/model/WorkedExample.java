package no.planverk.forecasting.core.internal.model;

import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.CustomFactor;
import no.planverk.forecasting.api.DementiaRate;
import no.planverk.forecasting.api.ForecastRequest;
import no.planverk.forecasting.api.InstitutionPlaces;
import no.planverk.forecasting.api.PopulationProjection;
import no.planverk.forecasting.api.Scenario;
import no.planverk.forecasting.api.ServiceCost;
import no.planverk.forecasting.api.ServiceUsers;
import no.planverk.forecasting.api.WelfareTech;

/** The worked example of the module's README: ages 0..4, years 2020 and 2021. */
final class WorkedExample {

    static final PopulationProjection POPULATION = PopulationProjection.of(Map.of(
            2020, new double[] {100, 100, 100, 50, 20},
            2021, new double[] {90, 100, 100, 80, 40}));

    static final List<ServiceUsers> USERS = List.of(
            new ServiceUsers("home", 0, 2, 3), new ServiceUsers("home", 3, 4, 14),
            new ServiceUsers("care", 0, 2, 0), new ServiceUsers("care", 3, 3, 5), new ServiceUsers("care", 4, 4, 10));

    private WorkedExample() {
    }

    static ForecastRequest request() {
        return ForecastRequest.builder(POPULATION, USERS, 2020, 2021)
                .delayPerYear(0.5)
                .costs(List.of(new ServiceCost("home", 0.5, null), new ServiceCost("care", null, 1_000_000.0)))
                .dementia(List.of(new DementiaRate(3, 4, 0.1)))
                .places(new InstitutionPlaces(10, 3))
                .welfareTech(new WelfareTech("care", "home", 0.2))
                .customFactors(List.of(new CustomFactor("home", 2021, 2030, 1.1)))
                .scenarios(Scenario.NORMAL, Scenario.DELAYED, Scenario.WELFARE_TECH, Scenario.CUSTOM)
                .build();
    }
}
