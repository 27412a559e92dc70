package no.planverk.plans.api;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How a measurable goal is followed: a unit ("%", "personar"), a baseline and a target (year, value) and
 * yearly actual values, sorted by year; the source its values are imported from (empty when none is named).
 */
public record Indicator(long id, long goalId, String name, String unit, int baselineYear, double baselineValue,
        int targetYear, double targetValue, List<IndicatorValue> actuals, IndicatorSource source, long version) {

    public Indicator {
        actuals = actuals == null ? List.of()
                : actuals.stream().sorted(Comparator.comparingInt(IndicatorValue::year)).toList();
        source = source == null ? new IndicatorSource(null, null, null, null) : source;
    }

    /** An indicator without a named source. */
    public Indicator(long id, long goalId, String name, String unit, int baselineYear, double baselineValue, int targetYear,
            double targetValue, List<IndicatorValue> actuals, long version) {
        this(id, goalId, name, unit, baselineYear, baselineValue, targetYear, targetValue, actuals, null, version);
    }

    /** The value on the straight line from baseline to target in {@code year} (the target after it). */
    public double expected(int year) {
        if (year >= targetYear || targetYear == baselineYear) {
            return targetValue;
        }
        if (year <= baselineYear) {
            return baselineValue;
        }
        return baselineValue + (targetValue - baselineValue) * (year - baselineYear) / (targetYear - baselineYear);
    }

    public Optional<IndicatorValue> latest() {
        return actuals.isEmpty() ? Optional.empty() : Optional.of(actuals.get(actuals.size() - 1));
    }

    /**
     * ON_TRACK when the latest actual is at or beyond the expected value in the target's direction
     * (a target below the baseline means lower is better; a target equal to it means hold at least that).
     */
    public IndicatorStatus status() {
        return latest().map(v -> {
            double expected = expected(v.year());
            boolean lowerIsBetter = targetValue < baselineValue;
            boolean ok = lowerIsBetter ? v.value() <= expected : v.value() >= expected;
            return ok ? IndicatorStatus.ON_TRACK : IndicatorStatus.OFF_TRACK;
        }).orElse(IndicatorStatus.NO_DATA);
    }

    public IndicatorDraft toDraft() {
        return new IndicatorDraft(goalId, name, unit, baselineYear, baselineValue, targetYear, targetValue, actuals, source);
    }
}
