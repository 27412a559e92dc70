package no.planverk.forecasting.api;

import java.util.List;
import java.util.Optional;

/** The result of a run: one {@link YearResult} per year and one {@link ServiceResult} per scenario, service and year. */
public record ForecastResult(int baseYear, int horizon, List<YearResult> years, List<ServiceResult> services) {

    public ForecastResult {
        years = List.copyOf(years);
        services = List.copyOf(services);
    }

    public Optional<ServiceResult> find(String scenario, String service, int year) {
        return services.stream()
                .filter(r -> r.year() == year && r.scenario().equals(scenario) && r.service().equals(service))
                .findFirst();
    }

    public Optional<YearResult> year(int year) {
        return years.stream().filter(r -> r.year() == year).findFirst();
    }
}
