package no.planverk.consultation.api;

import java.time.LocalDate;

/** Where a consultation is on a given day: not yet open, open for submissions (both days included), or closed. */
public enum Phase {
    UPCOMING("upcoming"),
    OPEN("open"),
    CLOSED("closed");

    private final String id;

    Phase(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The phase on {@code day} of a consultation open from {@code opens} to {@code closes}, both days included. */
    public static Phase on(LocalDate day, LocalDate opens, LocalDate closes) {
        if (day.isBefore(opens)) {
            return UPCOMING;
        }
        return day.isAfter(closes) ? CLOSED : OPEN;
    }
}
