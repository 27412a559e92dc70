package no.planverk.plans.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A plan's lifecycle. Only the transitions in {@link #next()} are allowed; a plan that is
 * {@link #REPLACED} is final.
 */
public enum PlanStatus {
    PREPARATION("preparation"),
    CONSULTATION("consultation"),
    POLITICAL("political"),
    RETURNED("returned"),
    IN_FORCE("in-force"),
    REVISION("revision"),
    EXPIRED("expired"),
    REPLACED("replaced");

    private final String id;

    PlanStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The statuses a plan in this status may move to. */
    public Set<PlanStatus> next() {
        return switch (this) {
            case PREPARATION -> EnumSet.of(CONSULTATION, POLITICAL);
            case CONSULTATION -> EnumSet.of(PREPARATION, POLITICAL);
            case POLITICAL -> EnumSet.of(IN_FORCE, RETURNED);
            case RETURNED -> EnumSet.of(PREPARATION, CONSULTATION, POLITICAL);
            case IN_FORCE -> EnumSet.of(REVISION, EXPIRED, REPLACED);
            case REVISION -> EnumSet.of(CONSULTATION, POLITICAL, EXPIRED, REPLACED);
            case EXPIRED -> EnumSet.of(REPLACED);
            case REPLACED -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    public boolean canGoTo(PlanStatus to) {
        return next().contains(to);
    }

    /** True for statuses where the plan is the one that applies. */
    public boolean isInForce() {
        return this == IN_FORCE || this == REVISION;
    }

    public static Optional<PlanStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values()).filter(v -> v.id.equalsIgnoreCase(t) || v.name().equalsIgnoreCase(t)).findFirst();
    }
}
