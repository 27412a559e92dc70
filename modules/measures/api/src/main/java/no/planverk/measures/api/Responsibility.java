package no.planverk.measures.api;

import java.util.Optional;

/** "Ansvar": named units, every sector together ("Tverrsektorielt"), or everyone ("Alle"). */
public enum Responsibility {
    UNITS("units"),
    CROSS_SECTOR("cross-sector"),
    ALL("all");

    private final String id;

    Responsibility(String id) {
        this.id = id;
    }

    /** The id used in files and the API. */
    public String id() {
        return id;
    }

    public static Optional<Responsibility> parse(String text) {
        return Choices.parse(Responsibility.class, text, Responsibility::id);
    }
}
