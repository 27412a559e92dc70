package no.planverk.plans.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * Rows of a goal table: main goal (hovudmål) → goal N.M → sub-goal ("Vi skal …") → outcome ("Dette vil
 * vi oppnå"). A goal's children are one level deeper.
 */
public enum GoalLevel {
    MAIN("main"),
    GOAL("goal"),
    SUB_GOAL("sub-goal"),
    OUTCOME("outcome");

    private final String id;

    GoalLevel(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The level of a child of this level, empty for {@link #OUTCOME}. */
    public Optional<GoalLevel> childLevel() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public static Optional<GoalLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values()).filter(v -> v.id.equalsIgnoreCase(t) || v.name().equalsIgnoreCase(t)).findFirst();
    }
}
