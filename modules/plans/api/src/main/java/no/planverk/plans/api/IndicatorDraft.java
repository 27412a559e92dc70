package no.planverk.plans.api;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** The editable fields of an indicator, its actual values included. */
public record IndicatorDraft(long goalId, String name, String unit, Integer baselineYear, Double baselineValue,
        Integer targetYear, Double targetValue, List<IndicatorValue> actuals, IndicatorSource source) {

    public static final int MAX_NAME = 300;
    public static final int MAX_UNIT = 40;

    public IndicatorDraft {
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
        source = source == null ? new IndicatorSource(null, null, null, null) : source;
    }

    /** A draft without a named source. */
    public IndicatorDraft(long goalId, String name, String unit, Integer baselineYear, Double baselineValue, Integer targetYear,
            Double targetValue, List<IndicatorValue> actuals) {
        this(goalId, name, unit, baselineYear, baselineValue, targetYear, targetValue, actuals, null);
    }

    public IndicatorDraft validated() {
        Map<String, Message> errors = new LinkedHashMap<>();
        String n = Texts.trim(name);
        if (n == null) {
            errors.put("name", Message.of("plans.indicator.name.required", "The indicator needs a name"));
        }
        Texts.checkLength(errors, "name", n, MAX_NAME, "plans.indicator.name.tooLong");
        String u = Texts.trim(unit);
        Texts.checkLength(errors, "unit", u, MAX_UNIT, "plans.indicator.unit.tooLong");
        if (baselineYear == null || baselineValue == null || !Double.isFinite(baselineValue)) {
            errors.put("baseline", Message.of("plans.indicator.baseline.required", "Baseline year and value are required"));
        }
        if (targetYear == null || targetValue == null || !Double.isFinite(targetValue)) {
            errors.put("target", Message.of("plans.indicator.target.required", "Target year and value are required"));
        } else if (baselineYear != null && targetYear < baselineYear) {
            errors.put("target", Message.of("plans.indicator.target.beforeBaseline", "The target year ({0}) is before the baseline year ({1})",
                    String.valueOf(targetYear), String.valueOf(baselineYear)));
        }
        Texts.checkLength(errors, "source.table", source.table(), IndicatorSource.MAX_CODE, "plans.indicator.source.tooLong");
        Texts.checkLength(errors, "source.contents", source.contents(), IndicatorSource.MAX_CODE, "plans.indicator.source.tooLong");
        Texts.checkLength(errors, "source.region", source.region(), IndicatorSource.MAX_CODE, "plans.indicator.source.tooLong");
        Texts.checkLength(errors, "source.categories", source.categoriesText(), IndicatorSource.MAX_CATEGORIES,
                "plans.indicator.source.tooLong");
        if (source.categories().keySet().stream().anyMatch(k -> k.contains("=") || k.contains(";"))
                || source.categories().values().stream().anyMatch(v -> v.contains(";"))) {
            errors.put("source.categories", Message.of("plans.indicator.source.categories",
                    "A fixed category is a dimension id and a code, without ''='' or '';'' in them"));
        }
        Set<Integer> years = new HashSet<>();
        for (IndicatorValue v : actuals) {
            if (v == null || !Double.isFinite(v.value())) {
                errors.put("actuals", Message.of("plans.indicator.actual.incomplete", "Every actual value needs a year and a number"));
            } else if (v.source().length() > IndicatorValue.MAX_SOURCE) {
                errors.put("actuals", Message.of("plans.indicator.actual.source", "The source of a value: at most {0} characters",
                        String.valueOf(IndicatorValue.MAX_SOURCE)));
            } else if (!years.add(v.year())) {
                errors.put("actuals", Message.of("plans.indicator.actual.twice", "Two actual values for {0}; keep one per year",
                        String.valueOf(v.year())));
            }
        }
        Texts.throwIfAny(errors, "plans.indicator.invalid", "The indicator");
        return new IndicatorDraft(goalId, n, u, baselineYear, baselineValue, targetYear, targetValue,
                actuals.stream().sorted(Comparator.comparingInt(IndicatorValue::year)).toList(), source);
    }
}
