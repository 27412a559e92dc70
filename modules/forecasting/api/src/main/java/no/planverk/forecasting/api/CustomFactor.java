package no.planverk.forecasting.api;

import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** Users of a service are multiplied by {@code factor} in the years fromYear..toYear (both included). */
public record CustomFactor(String service, int fromYear, int toYear, double factor) {

    public CustomFactor {
        if (service == null || service.isBlank()) {
            throw InvalidInputException.field("service", Message.of("forecasting.factor.service", "A custom factor needs a service"));
        }
        service = service.strip();
        if (fromYear > toYear) {
            throw InvalidInputException.field("fromYear", Message.of("forecasting.factor.years", "fromYear {0} is after toYear {1}",
                    String.valueOf(fromYear), String.valueOf(toYear)));
        }
        Bands.notNegative("factor", factor);
    }
}
