package no.planverk.measures.api;

import java.util.Optional;

/** How far a measure has come. Completed ("kvittert ut") and cancelled measures are closed. */
public enum MeasureStatus {
    PLANNED("planned"),
    STARTED("started"),
    ONGOING("ongoing"),
    COMPLETED("completed"),
    POSTPONED("postponed"),
    CANCELLED("cancelled");

    private final String id;

    MeasureStatus(String id) {
        this.id = id;
    }

    /** The id used in files and the API. */
    public String id() {
        return id;
    }

    public static Optional<MeasureStatus> parse(String text) {
        return Choices.parse(MeasureStatus.class, text, MeasureStatus::id);
    }

    /** True while the measure is still to be done: not completed and not cancelled. */
    public boolean isOpen() {
        return this != COMPLETED && this != CANCELLED;
    }
}
