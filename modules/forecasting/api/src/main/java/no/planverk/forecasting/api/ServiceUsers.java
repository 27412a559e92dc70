package no.planverk.forecasting.api;

import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** Users of a service in the base year within an age band (both ends included). */
public record ServiceUsers(String service, int ageFrom, int ageTo, double users) {

    public ServiceUsers {
        if (service == null || service.isBlank()) {
            throw InvalidInputException.field("service", Message.of("forecasting.service.name", "A service needs a name"));
        }
        service = service.strip();
        Bands.check("forecasting.band.users", "An age band of service users needs 0 <= age_from <= age_to <= {0}, not {1}-{2}",
                ageFrom, ageTo);
        if (!(users >= 0) || Double.isInfinite(users)) {
            throw InvalidInputException.field("users", Message.of("forecasting.users.negative",
                    "Users must be a number 0 or more, not {0}", String.valueOf(users)));
        }
    }
}
