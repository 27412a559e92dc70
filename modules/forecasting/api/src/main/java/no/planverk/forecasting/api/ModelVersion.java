package no.planverk.forecasting.api;

import java.util.Arrays;

/**
 * Which definition of the model a run used. Saved runs keep theirs, so a figure a plan cites does not change when
 * the model does; new runs use {@link #CURRENT}.
 */
public enum ModelVersion {
    /**
     * Version 1 (until December 2026): the delayed rate r(a − d) is the band rate of ⌊a − d⌋, so any delay that is not
     * a whole number moves a whole age across every band edge at once (the delayed line drops, then moves in steps).
     */
    STEPPED(1),
    /**
     * Version 2: a single-year age a is the year [a, a + 1), so the delayed rate is the band rate averaged over
     * [a − d, a + 1 − d): (1 − f)·r(a − m) + f·r(a − m − 1) with m = ⌊d⌋ and f = d − m. Whole delays give the same as
     * version 1; between them the line moves smoothly.
     */
    AVERAGED(2);

    /** The definition new runs use. */
    public static final ModelVersion CURRENT = AVERAGED;

    private final int number;

    ModelVersion(int number) {
        this.number = number;
    }

    /** The number stored with a saved run. */
    public int number() {
        return number;
    }

    /** The version stored as {@code number}; runs saved before versions were stored (null) used {@link #STEPPED}. */
    public static ModelVersion of(Integer number) {
        if (number == null) {
            return STEPPED;
        }
        return Arrays.stream(values()).filter(v -> v.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown model version " + number));
    }
}
