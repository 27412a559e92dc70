package no.planverk.forecasting.api;

/**
 * Users of a service in a year under a scenario, with the change against the base-year users (absolute, and in
 * percent or null when there were none) and FTE and cost (null when the request has no figure per user).
 */
public record ServiceResult(String scenario, String service, int year, double users, double change, Double changePercent,
        Double fte, Double cost) {
}
