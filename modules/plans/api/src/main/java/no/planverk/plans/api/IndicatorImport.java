package no.planverk.plans.api;

import java.util.List;

/** What an import of actual values did: the indicator after it and the years added, changed and left unchanged. */
public record IndicatorImport(Indicator indicator, List<Integer> added, List<Integer> changed, List<Integer> unchanged) {

    public IndicatorImport {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
    }
}
