package no.planverk.plans.api;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.platform.api.InvalidInputException;

/** The editable fields of an indicator, its actual values included. */
public record IndicatorDraft(long goalId, String name, String unit, Integer baselineYear, Double baselineValue,
        Integer targetYear, Double targetValue, List<IndicatorValue> actuals) {

    public static final int MAX_NAME = 300;
    public static final int MAX_UNIT = 40;

    public IndicatorDraft {
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
    }

    public IndicatorDraft validated() {
        Map<String, String> errors = new LinkedHashMap<>();
        String n = Texts.trim(name);
        if (n == null) {
            errors.put("name", "The indicator needs a name");
        }
        Texts.checkLength(errors, "name", n, MAX_NAME);
        String u = Texts.trim(unit);
        Texts.checkLength(errors, "unit", u, MAX_UNIT);
        if (baselineYear == null || baselineValue == null || !Double.isFinite(baselineValue)) {
            errors.put("baseline", "Baseline year and value are required");
        }
        if (targetYear == null || targetValue == null || !Double.isFinite(targetValue)) {
            errors.put("target", "Target year and value are required");
        } else if (baselineYear != null && targetYear < baselineYear) {
            errors.put("target", "The target year (" + targetYear + ") is before the baseline year (" + baselineYear + ")");
        }
        Set<Integer> years = new HashSet<>();
        for (IndicatorValue v : actuals) {
            if (v == null || !Double.isFinite(v.value())) {
                errors.put("actuals", "Every actual value needs a year and a number");
            } else if (!years.add(v.year())) {
                errors.put("actuals", "Two actual values for " + v.year() + "; keep one per year");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The indicator has errors: " + String.join("; ", errors.values()), errors);
        }
        return new IndicatorDraft(goalId, n, u, baselineYear, baselineValue, targetYear, targetValue,
                actuals.stream().sorted(Comparator.comparingInt(IndicatorValue::year)).toList());
    }
}
