package no.planverk.forecasting.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.SavedRun;
import no.planverk.forecasting.api.StoredInput;
import no.planverk.forecasting.api.staircase.StaircaseService;
import no.planverk.platform.api.DataExporter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The forecasting module in the export of all data: every stored input with its CSV, by kind, and every saved run
 * with its settings, the inputs it was run with, its links and its results; and the activity and mastery staircase.
 */
@Component(service = DataExporter.class)
public class ForecastingData implements DataExporter {

    private final ForecastService forecasts;
    private final StaircaseService staircase;

    @Activate
    public ForecastingData(@Reference ForecastService forecasts, @Reference StaircaseService staircase) {
        this.forecasts = forecasts;
        this.staircase = staircase;
    }

    @Override
    public String module() {
        return "forecasting";
    }

    @Override
    public Object data() {
        Map<String, List<StoredInput>> inputs = new LinkedHashMap<>();
        for (InputKind kind : InputKind.values()) {
            inputs.put(kind.id(), forecasts.inputs(kind).stream().map(i -> forecasts.input(i.id())).toList());
        }
        List<SavedRun> runs = forecasts.runs().stream().map(RunInfo::id).map(forecasts::savedRun).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("inputs", inputs);
        data.put("runs", runs);
        data.put("staircase", staircase.staircase());
        return data;
    }
}
