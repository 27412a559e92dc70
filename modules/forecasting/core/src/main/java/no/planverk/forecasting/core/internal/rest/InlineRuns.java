package no.planverk.forecasting.core.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastOutcome;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.core.internal.Requests;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** POST /run: stored inputs by id, or the inputs as CSV text in the body (then every input is inline). */
final class InlineRuns {

    private InlineRuns() {
    }

    static ForecastOutcome run(ForecastsEndpoint.RunBody b, ForecastService forecasts, ForecastCsv csv) {
        RunSpec spec = b.spec();
        if (b.population() == null && b.serviceUsers() == null) {
            return forecasts.run(spec);
        }
        if (b.population() == null || b.serviceUsers() == null) {
            throw InvalidInputException.field("population", Message.of("forecasting.api.inline",
                    "Send both population and serviceUsers as CSV text, or ids of stored inputs"));
        }
        Map<InputKind, byte[]> files = new EnumMap<>(InputKind.class);
        put(files, InputKind.POPULATION, b.population());
        put(files, InputKind.SERVICE_USERS, b.serviceUsers());
        put(files, InputKind.COSTS, b.costs());
        put(files, InputKind.DEMENTIA, b.dementia());
        put(files, InputKind.HOUSING, b.housing());
        Requests.Parts parts = Requests.parse(files, csv);
        return forecasts.run(Requests.build(spec, parts), Requests.housing(parts));
    }

    private static void put(Map<InputKind, byte[]> files, InputKind kind, String text) {
        if (text != null) {
            files.put(kind, text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
