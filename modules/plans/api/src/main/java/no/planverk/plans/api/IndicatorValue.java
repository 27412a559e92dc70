package no.planverk.plans.api;

import java.time.LocalDate;

/**
 * The measured value of an indicator in one year, with where it came from: {@link #MANUAL} when typed in, else the
 * source an import names ("SSB 12345 · 4631"), and the day it was imported (null when typed in).
 */
public record IndicatorValue(int year, double value, String source, LocalDate importedOn) {

    public static final String MANUAL = "manual";
    public static final int MAX_SOURCE = 200;

    public IndicatorValue {
        source = source == null || source.isBlank() ? MANUAL : source.strip();
    }

    /** A value typed in. */
    public IndicatorValue(int year, double value) {
        this(year, value, MANUAL, null);
    }

    /** True when it was typed in, not imported. */
    public boolean manual() {
        return MANUAL.equals(source);
    }
}
