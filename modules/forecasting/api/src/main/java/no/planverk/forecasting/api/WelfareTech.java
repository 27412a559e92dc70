package no.planverk.forecasting.api;

import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/**
 * Welfare technology: a share of the users of {@code fromService} (24-hour care) moves to {@code toService}
 * (home services), rising linearly from 0 in t0 to {@code shareAtHorizon} in the horizon year.
 */
public record WelfareTech(String fromService, String toService, double shareAtHorizon) {

    public WelfareTech {
        if (fromService == null || toService == null || fromService.isBlank() || toService.isBlank()
                || fromService.strip().equals(toService.strip())) {
            throw InvalidInputException.field("welfareTech", Message.of("forecasting.welfareTech.services",
                    "Welfare technology needs two different services"));
        }
        fromService = fromService.strip();
        toService = toService.strip();
        Bands.share("shareAtHorizon", shareAtHorizon);
    }
}
