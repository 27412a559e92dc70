package no.planverk.forecasting.api;

import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** Optional workforce and cost per user of a service: FTE (årsverk) and NOK per user per year, fixed prices. */
public record ServiceCost(String service, Double ftePerUser, Double costPerUser) {

    public ServiceCost {
        if (service == null || service.isBlank()) {
            throw InvalidInputException.field("service", Message.of("forecasting.service.name", "A service needs a name"));
        }
        service = service.strip();
        Bands.notNegative("ftePerUser", ftePerUser);
        Bands.notNegative("costPerUser", costPerUser);
    }
}
