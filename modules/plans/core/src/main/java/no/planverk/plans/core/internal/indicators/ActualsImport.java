package no.planverk.plans.core.internal.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.planverk.plans.api.Indicator;
import no.planverk.plans.api.IndicatorDraft;
import no.planverk.plans.api.IndicatorSource;
import no.planverk.plans.api.IndicatorValue;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/**
 * Imported figures merged into an indicator's actual values: a year not there before is added, a year with another
 * value changed (both with the source and today's date), a year with the same value left as it was, years the file
 * lacks kept. The indicator's source is completed by what the import named (the file's table, the region and contents
 * chosen), so the next import needs no choices.
 */
record ActualsImport(IndicatorDraft draft, List<Integer> added, List<Integer> changed, List<Integer> unchanged) {

    /** The categories to choose: the indicator's source, overridden by the request's. */
    static Map<String, String> choices(IndicatorSource source, Map<String, String> given) {
        Map<String, String> result = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        result.putAll(source.categories());
        if (source.region() != null) {
            result.put("region", source.region());
        }
        if (source.contents() != null) {
            result.put("contents", source.contents());
        }
        given.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                result.put(k, v.strip());
            }
        });
        return result;
    }

    static ActualsImport merge(Indicator before, StatFigures figures, Map<String, String> given, LocalDate today) {
        if (figures.values().isEmpty()) {
            throw InvalidInputException.field("file", Message.of("plans.ssb.noValues", "The file has no values for what was chosen"));
        }
        IndicatorSource was = before.source();
        Map<String, String> categories = new TreeMap<>(was.categories());
        given.forEach((k, v) -> {
            if (!k.equalsIgnoreCase("region") && !k.equalsIgnoreCase("contents") && !k.equalsIgnoreCase("version")
                    && v != null && !v.isBlank()) {
                categories.put(k, v.strip());
            }
        });
        IndicatorSource source = new IndicatorSource(was.table() != null ? was.table() : figures.table(),
                pick(given, "contents", was.contents()), pick(given, "region", was.region()), categories);
        String label = source.isEmpty() ? "SSB" : source.shown();
        Map<Integer, IndicatorValue> values = new TreeMap<>();
        before.actuals().forEach(v -> values.put(v.year(), v));
        List<Integer> added = new ArrayList<>();
        List<Integer> changed = new ArrayList<>();
        List<Integer> unchanged = new ArrayList<>();
        figures.values().forEach((year, value) -> {
            IndicatorValue old = values.get(year);
            if (old != null && Double.compare(old.value(), value) == 0) {
                unchanged.add(year);
                return;
            }
            (old == null ? added : changed).add(year);
            values.put(year, new IndicatorValue(year, value, label, today));
        });
        IndicatorDraft draft = new IndicatorDraft(before.goalId(), before.name(), before.unit(), before.baselineYear(),
                before.baselineValue(), before.targetYear(), before.targetValue(), List.copyOf(values.values()), source);
        return new ActualsImport(draft, added, changed, unchanged);
    }

    private static String pick(Map<String, String> given, String key, String otherwise) {
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key) && e.getValue() != null && !e.getValue().isBlank()) {
                return e.getValue().strip();
            }
        }
        return otherwise;
    }
}
