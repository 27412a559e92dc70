package no.planverk.forecasting.api.staircase;

import java.util.List;

/**
 * The demand on a step in a year under a scenario: the sum over the services that belong to it. FTE and cost are
 * null when none of those services has a figure per user. {@code step} 0 collects the services with no step.
 */
public record StepDemand(String scenario, int year, int step, int category, double users, Double fte, Double cost,
        List<String> services) {

    public StepDemand {
        services = List.copyOf(services);
    }
}
