package no.planverk.measures.api;

import java.util.Optional;

/** A year's money for a measure in the economy plan. */
public enum Funding {
    FUNDED("funded"),
    NOT_FUNDED("not-funded"),
    WITHIN_FRAME("within-frame");

    private final String id;

    Funding(String id) {
        this.id = id;
    }

    /** The id used in files and the API. */
    public String id() {
        return id;
    }

    public static Optional<Funding> parse(String text) {
        return Choices.parse(Funding.class, text, Funding::id);
    }
}
