package no.planverk.forecasting.api;

import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** Institution places in the base year and the age from which residents count for coverage (80+). */
public record InstitutionPlaces(double basePlaces, int coverageAge) {

    public static final int DEFAULT_COVERAGE_AGE = 80;

    public InstitutionPlaces {
        Bands.notNegative("basePlaces", basePlaces);
        if (coverageAge < 0 || coverageAge > PopulationProjection.MAX_AGE) {
            throw InvalidInputException.field("coverageAge", Message.of("forecasting.coverageAge.range", "An age 0..{0}, not {1}",
                    String.valueOf(PopulationProjection.MAX_AGE), String.valueOf(coverageAge)));
        }
    }

    public InstitutionPlaces(double basePlaces) {
        this(basePlaces, DEFAULT_COVERAGE_AGE);
    }
}
