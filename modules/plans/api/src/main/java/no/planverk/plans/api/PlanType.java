package no.planverk.plans.api;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of plan in plan- og bygningslova's chain, with their level in the plan landscape (0 = top). */
public enum PlanType {
    PLANSTRATEGI("planstrategi", 0),
    SAMFUNNSDEL("samfunnsdel", 1),
    KOMMUNEDELPLAN("kommunedelplan", 2),
    TEMAPLAN("temaplan", 3),
    STRATEGI("strategi", 3),
    HANDLINGSPLAN("handlingsplan", 4),
    PLANPROGRAM("planprogram", 5),
    OTHER("other", 5);

    private final String id;
    private final int level;

    PlanType(String id, int level) {
        this.id = id;
        this.level = level;
    }

    /** Stable id used in files and the API, e.g. {@code kommunedelplan}. */
    public String id() {
        return id;
    }

    public int level() {
        return level;
    }

    /** By id or enum name, any case; {@code rettleiar} and {@code other} are both OTHER. */
    public static Optional<PlanType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        if (t.equalsIgnoreCase("rettleiar") || t.equalsIgnoreCase("veileder")) {
            return Optional.of(OTHER);
        }
        return Arrays.stream(values()).filter(v -> v.id.equalsIgnoreCase(t) || v.name().equalsIgnoreCase(t)).findFirst();
    }
}
