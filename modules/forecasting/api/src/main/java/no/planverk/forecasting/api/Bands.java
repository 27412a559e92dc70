package no.planverk.forecasting.api;

import no.planverk.platform.api.InvalidInputException;

/** Checks shared by the age band records. */
final class Bands {

    private Bands() {
    }

    static void check(String what, int ageFrom, int ageTo) {
        if (ageFrom < 0 || ageTo > PopulationProjection.MAX_AGE || ageFrom > ageTo) {
            throw InvalidInputException.field("age_from", "An age band of " + what + " needs 0 <= age_from <= age_to <= "
                    + PopulationProjection.MAX_AGE + ", not " + ageFrom + "-" + ageTo);
        }
    }

    static void share(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw InvalidInputException.field(field, "A share between 0 and 1, not " + value);
        }
    }

    static void notNegative(String field, Double value) {
        if (value != null && (!(value >= 0) || value.isInfinite())) {
            throw InvalidInputException.field(field, "A number 0 or more, not " + value);
        }
    }
}
