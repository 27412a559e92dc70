package no.planverk.measures.api;

import java.util.Optional;

/** Whose work it is, as the goal tables colour it: this plan's own, shared, or another sector's. */
public enum Ownership {
    THIS_PLAN("this-plan"),
    SHARED("shared"),
    OTHER_SECTOR("other-sector");

    private final String id;

    Ownership(String id) {
        this.id = id;
    }

    /** The id used in files and the API. */
    public String id() {
        return id;
    }

    public static Optional<Ownership> parse(String text) {
        return Choices.parse(Ownership.class, text, Ownership::id);
    }
}
