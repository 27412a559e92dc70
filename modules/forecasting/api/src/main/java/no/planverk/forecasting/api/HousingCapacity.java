package no.planverk.forecasting.api;

import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/**
 * Places of one step of the housing staircase (bustadtrapp, steps 1..6) at a local centre in the base year,
 * e.g. Knarvik, step 6, "Sjukeheimsplassar langtid", 49.
 */
public record HousingCapacity(String centre, int step, String type, double places) {

    public HousingCapacity {
        if (centre == null || centre.isBlank()) {
            throw InvalidInputException.field("centre", Message.of("forecasting.housing.centre", "A local centre needs a name"));
        }
        centre = centre.strip();
        if (step < 1 || step > 6) {
            throw InvalidInputException.field("step", Message.of("forecasting.housing.step",
                    "A step of the housing staircase is 1..6, not {0}", String.valueOf(step)));
        }
        type = type == null || type.isBlank() ? "" : type.strip();
        Bands.notNegative("places", places);
    }
}
