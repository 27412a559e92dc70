package no.planverk.forecasting.api;

import java.util.Map;

/**
 * A saved run: its spec as it was asked, the inputs as they were then (CSV per kind, kept with the run so later
 * edits of the stored inputs do not change it) and the outcome computed again from those inputs.
 */
public record SavedRun(RunInfo info, RunSpec spec, Map<InputKind, String> inputs, ForecastOutcome outcome) {

    public SavedRun {
        inputs = Map.copyOf(inputs);
    }
}
