package no.planverk.forecasting.core.internal.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.forecasting.api.CustomFactor;
import no.planverk.forecasting.api.DementiaRate;
import no.planverk.forecasting.api.ForecastRequest;
import no.planverk.forecasting.api.PopulationProjection;
import no.planverk.forecasting.api.Scenario;
import no.planverk.forecasting.api.ServiceCost;
import no.planverk.forecasting.api.ServiceUsers;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** A request checked and turned into arrays: population[year − t0][age], services in order of first appearance. */
final class Inputs {
    final ForecastRequest request;
    final int years;
    final double[][] population;
    final List<String> services;
    final RateTable[] rates;
    /** Observed base-year users per service (the sum of its bands). */
    final double[] baseUsers;
    final ServiceCost[] costs;
    /** Dementia prevalence by age, or null without rates. */
    final double[] prevalence;

    private Inputs(ForecastRequest request) {
        this.request = request;
        this.years = request.horizon() - request.baseYear() + 1;
        this.population = population(request);
        Map<String, List<ServiceUsers>> bands = new LinkedHashMap<>();
        request.serviceUsers().forEach(u -> bands.computeIfAbsent(u.service(), s -> new ArrayList<>()).add(u));
        this.services = List.copyOf(bands.keySet());
        this.rates = new RateTable[services.size()];
        this.baseUsers = new double[services.size()];
        for (int s = 0; s < services.size(); s++) {
            List<ServiceUsers> list = bands.get(services.get(s));
            rates[s] = RateTable.of(services.get(s), list, population[0], request.population().openTop());
            baseUsers[s] = list.stream().mapToDouble(ServiceUsers::users).sum();
        }
        this.costs = costs(request);
        this.prevalence = request.dementia().isEmpty() ? null : prevalence(request.dementia(), population[0].length);
        checkScenarios();
    }

    static Inputs of(ForecastRequest request) {
        return new Inputs(request);
    }

    int index(String service, String field) {
        int i = services.indexOf(service);
        if (i < 0) {
            throw InvalidInputException.field(field, Message.of("forecasting.service.noUsers",
                    "No service users are given for the service ''{0}''", service));
        }
        return i;
    }

    private static double[][] population(ForecastRequest request) {
        PopulationProjection projection = request.population();
        double[][] result = new double[request.horizon() - request.baseYear() + 1][];
        for (int y = 0; y < result.length; y++) {
            int year = request.baseYear() + y;
            if (!projection.has(year)) {
                throw InvalidInputException.field("population", Message.of("forecasting.population.noYear",
                        "The population projection has no figures for {0}", String.valueOf(year)));
            }
            result[y] = projection.years().get(year).stream().mapToDouble(Double::doubleValue).toArray();
        }
        return result;
    }

    private ServiceCost[] costs(ForecastRequest request) {
        ServiceCost[] result = new ServiceCost[services.size()];
        for (ServiceCost cost : request.costs()) {
            int s = index(cost.service(), "costs");
            if (result[s] != null) {
                throw InvalidInputException.field("costs", Message.of("forecasting.costs.twice",
                        "The service ''{0}'' has two cost entries", cost.service()));
            }
            result[s] = cost;
        }
        return result;
    }

    /** Prevalence by age 0..topAge; ages in no band have none. The open top age takes the rate of its band. */
    private static double[] prevalence(List<DementiaRate> rates, int ages) {
        double[] result = new double[ages];
        boolean[] set = new boolean[PopulationProjection.MAX_AGE + 1];
        for (DementiaRate rate : rates) {
            for (int a = rate.ageFrom(); a <= rate.ageTo(); a++) {
                if (set[a]) {
                    throw InvalidInputException.field("dementia", Message.of("forecasting.dementia.overlap",
                            "Dementia rate bands overlap at age {0}", String.valueOf(a)));
                }
                set[a] = true;
                if (a < ages) {
                    result[a] = rate.rate();
                }
            }
        }
        return result;
    }

    private void checkScenarios() {
        Set<String> names = new HashSet<>();
        for (Scenario scenario : request.scenarios()) {
            if (!names.add(scenario.name())) {
                throw InvalidInputException.field("scenarios", Message.of("forecasting.scenario.twice",
                        "Two scenarios are named ''{0}''", scenario.name()));
            }
            if (scenario.welfareTech() && request.welfareTech() == null) {
                throw InvalidInputException.field("welfareTech", Message.of("forecasting.scenario.welfareTech",
                        "The scenario ''{0}'' needs the welfare technology services and share", scenario.name()));
            }
        }
        if (request.welfareTech() != null) {
            index(request.welfareTech().fromService(), "welfareTech");
            index(request.welfareTech().toService(), "welfareTech");
        }
        for (CustomFactor factor : request.customFactors()) {
            index(factor.service(), "customFactors");
        }
    }
}
