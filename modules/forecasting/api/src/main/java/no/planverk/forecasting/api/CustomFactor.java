package no.planverk.forecasting.api;

import no.planverk.platform.api.InvalidInputException;

/** Users of a service are multiplied by {@code factor} in the years fromYear..toYear (both included). */
public record CustomFactor(String service, int fromYear, int toYear, double factor) {

    public CustomFactor {
        if (service == null || service.isBlank()) {
            throw InvalidInputException.field("service", "A custom factor needs a service");
        }
        service = service.strip();
        if (fromYear > toYear) {
            throw InvalidInputException.field("fromYear", "fromYear " + fromYear + " is after toYear " + toYear);
        }
        Bands.notNegative("factor", factor);
    }
}
