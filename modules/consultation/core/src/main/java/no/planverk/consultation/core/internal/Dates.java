package no.planverk.consultation.core.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates in messages and exports, Norwegian style: 31.01.2027. */
public final class Dates {

    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Dates() {
    }

    public static String text(LocalDate d) {
        return d == null ? "" : NORWEGIAN.format(d);
    }
}
