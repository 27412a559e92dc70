package no.planverk.plans.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The colour of a goal row in Alver's table: dark green = handled in this plan, yellow = shared with
 * another plan (wording to agree), red = handled by another sector's plan.
 */
public enum Ownership {
    THIS_PLAN("this-plan"),
    SHARED("shared"),
    OTHER_SECTOR("other-sector");

    private final String id;

    Ownership(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Ownership> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values()).filter(v -> v.id.equalsIgnoreCase(t) || v.name().equalsIgnoreCase(t)).findFirst();
    }
}
