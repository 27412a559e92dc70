package no.planverk.forecasting.api.staircase;

import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** A step of the staircase: its number (1 at the bottom), its category (1..4) and the municipality's name for it. */
public record StaircaseStep(int number, int category, String name) {

    public static final int CATEGORIES = 4;
    public static final int MAX_NAME = 200;

    public StaircaseStep {
        if (number < 1 || number > 99) {
            throw InvalidInputException.field("steps", Message.of("forecasting.staircase.number", "A step number is 1..99, not {0}", number));
        }
        if (category < 1 || category > CATEGORIES) {
            throw InvalidInputException.field("steps", Message.of("forecasting.staircase.category", "Step {0}: the category is 1..4", number));
        }
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.field("steps", Message.of("forecasting.staircase.name",
                    "Step {0} needs a name of at most 200 characters on one line", number));
        }
        name = name.strip();
    }
}
