package no.planverk.forecasting.api;

import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** Checks shared by the age band records. */
final class Bands {

    private Bands() {
    }

    /** {@code key}: the message of a bad band, e.g. forecasting.band.users ({0} the highest age, {1}-{2} the band). */
    static void check(String key, String english, int ageFrom, int ageTo) {
        if (ageFrom < 0 || ageTo > PopulationProjection.MAX_AGE || ageFrom > ageTo) {
            throw InvalidInputException.field("age_from", Message.of(key, english, String.valueOf(PopulationProjection.MAX_AGE),
                    String.valueOf(ageFrom), String.valueOf(ageTo)));
        }
    }

    static void share(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw InvalidInputException.field(field, Message.of("forecasting.share", "A share between 0 and 1, not {0}",
                    String.valueOf(value)));
        }
    }

    static void notNegative(String field, Double value) {
        if (value != null && (!(value >= 0) || value.isInfinite())) {
            throw InvalidInputException.field(field, Message.of("forecasting.notNegative", "A number 0 or more, not {0}",
                    String.valueOf(value)));
        }
    }
}
