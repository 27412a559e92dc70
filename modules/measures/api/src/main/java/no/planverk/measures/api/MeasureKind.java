package no.planverk.measures.api;

import java.util.Optional;

/** A measure of its own, or a theme or action plan that carries the work. */
public enum MeasureKind {
    MEASURE("measure"),
    PLAN_REFERENCE("plan");

    private final String id;

    MeasureKind(String id) {
        this.id = id;
    }

    /** The id used in files and the API. */
    public String id() {
        return id;
    }

    public static Optional<MeasureKind> parse(String text) {
        return Choices.parse(MeasureKind.class, text, MeasureKind::id);
    }
}
