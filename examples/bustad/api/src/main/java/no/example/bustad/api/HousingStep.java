package no.example.bustad.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The steps of the housing staircase (bustadtrappa) that the municipality allocates, lowest first. */
public enum HousingStep {
    /** Tilrettelagd bustad: an ordinary home adapted to the tenant. */
    ADAPTED("tilrettelagd-bustad"),
    /** Omsorgsbustad: a care home with services from the home care team. */
    CARE_HOME("omsorgsbustad"),
    /** Bemanna bustad: housing with staff present day and night. */
    STAFFED("bemanna-bustad"),
    /** Sjukeheim: a nursing-home place. */
    NURSING_HOME("sjukeheim");

    private final String id;

    HousingStep(String id) {
        this.id = id;
    }

    /** The id used in the API and the shell, e.g. {@code bemanna-bustad}. */
    public String id() {
        return id;
    }

    /** A step from its id, its name or its words: {@code bemanna-bustad}, {@code bemanna bustad} and {@code STAFFED} all work. */
    public static Optional<HousingStep> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        return Arrays.stream(values()).filter(s -> s.id.equals(t) || s.name().replace('_', '-').equalsIgnoreCase(t)).findFirst();
    }
}
