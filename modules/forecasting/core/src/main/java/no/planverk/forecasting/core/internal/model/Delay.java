package no.planverk.forecasting.core.internal.model;

/** Delayed ageing: d(t) = k·(t − t0) years. */
final class Delay {
    /** d is rounded to this, so that 0.7 × 10 is 7 and not 7.000000000000001 (which would cross a band edge). */
    private static final double PRECISION = 1e9;

    private Delay() {
    }

    static double years(double k, int baseYear, int year) {
        return Math.round(k * (year - baseYear) * PRECISION) / PRECISION;
    }
}
