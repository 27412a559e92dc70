package no.planverk.consultation.core.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates in messages and exports, Norwegian style: 31.01.2027. */
final class Dates {

    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Dates() {
    }

    static String text(LocalDate d) {
        return d == null ? "" : NORWEGIAN.format(d);
    }
}
