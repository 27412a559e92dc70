package no.planverk.forecasting.api;

import no.planverk.platform.api.InvalidInputException;

/** Users of a service in the base year within an age band (both ends included). */
public record ServiceUsers(String service, int ageFrom, int ageTo, double users) {

    public ServiceUsers {
        if (service == null || service.isBlank()) {
            throw InvalidInputException.field("service", "A service needs a name");
        }
        service = service.strip();
        Bands.check("service users", ageFrom, ageTo);
        if (!(users >= 0) || Double.isInfinite(users)) {
            throw InvalidInputException.field("users", "Users must be a number 0 or more, not " + users);
        }
    }
}
