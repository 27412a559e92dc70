package no.planverk.measures.api;

import java.util.Optional;

/** How often units report: per tertial (three times a year) or once a year. */
public enum PeriodKind {
    TERTIAL("tertial"),
    YEAR("year");

    private final String id;

    PeriodKind(String id) {
        this.id = id;
    }

    /** The id used in files and the API. */
    public String id() {
        return id;
    }

    public static Optional<PeriodKind> parse(String text) {
        return Choices.parse(PeriodKind.class, text, PeriodKind::id);
    }
}
