package no.planverk.forecasting.api;

import java.util.List;

/**
 * A run by reference to stored inputs: the population and service users are required, the rest optional.
 * {@code baseYear} defaults to the population's first year and {@code horizon} to its last;
 * {@code delayPerYear} to {@link ForecastRequest#DEFAULT_DELAY_PER_YEAR}; {@code coverageAge} to 80;
 * {@code scenarios} (names: normal, delayed, welfare-tech, welfare-tech-delayed, custom) to normal and delayed.
 */
public record RunSpec(Long populationId, Long serviceUsersId, Long costsId, Long dementiaId, Long housingId,
        Double basePlaces, Integer coverageAge, Integer baseYear, Integer horizon, Double delayPerYear,
        WelfareTech welfareTech, List<CustomFactor> customFactors, List<String> scenarios) {

    public RunSpec {
        customFactors = customFactors == null ? List.of() : List.copyOf(customFactors);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    /** The two required inputs, everything else by default. */
    public static RunSpec of(long populationId, long serviceUsersId) {
        return new RunSpec(populationId, serviceUsersId, null, null, null, null, null, null, null, null, null, null, null);
    }
}
