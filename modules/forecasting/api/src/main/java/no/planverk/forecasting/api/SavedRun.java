package no.planverk.forecasting.api;

import java.util.Map;

/**
 * A saved run: its spec as it was asked, the inputs as they were then (CSV per kind, kept with the run so later
 * edits of the stored inputs do not change it), the SSB source of those that came from SSB, and the outcome computed
 * again from those inputs.
 */
public record SavedRun(RunInfo info, RunSpec spec, Map<InputKind, String> inputs, ForecastOutcome outcome,
        Map<InputKind, InputSource> sources) {

    public SavedRun {
        inputs = Map.copyOf(inputs);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    /** A run without sources (the constructor of API 1.1). */
    public SavedRun(RunInfo info, RunSpec spec, Map<InputKind, String> inputs, ForecastOutcome outcome) {
        this(info, spec, inputs, outcome, null);
    }
}
