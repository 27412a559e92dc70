package no.planverk.forecasting.core.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import no.planverk.forecasting.core.internal.SpreadsheetCsv;
import no.planverk.forecasting.api.CustomFactor;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastOutcome;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.HousingNeed;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.InvalidCsvException;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.RunLink;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.api.SavedRun;
import no.planverk.forecasting.api.WelfareTech;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.RowError;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/forecasts}: POST /run (a {@link RunBody}: stored input ids or CSV text; ?format=csv|years for CSV);
 * GET /inputs?kind=, POST /inputs?kind=&name=&description= with the CSV as the body; GET /inputs/{id}[?format=csv],
 * PUT /inputs/{id}?version=&name=&description= (body: new CSV, or empty to keep it), DELETE /inputs/{id}?version=;
 * GET /runs[?kind=goal&target=7], POST /runs ({@link SaveBody}); GET /runs/{id}[?format=csv|years], GET /runs/{id}/inputs,
 * PUT /runs/{id} ({@link UpdateBody}), DELETE /runs/{id}?version=. A bad CSV answers 400 with every row error.
 */
@Component(service = ApiEndpoint.class)
public class ForecastsEndpoint implements ApiEndpoint {

    /**
     * A run: the fields of a {@link RunSpec}, where population and service users (and optionally costs, dementia
     * and housing) may instead be given inline as CSV text.
     */
    record RunBody(Long populationId, Long serviceUsersId, Long costsId, Long dementiaId, Long housingId, Double basePlaces,
            Integer coverageAge, Integer baseYear, Integer horizon, Double delayPerYear, WelfareTech welfareTech,
            List<CustomFactor> customFactors, List<String> scenarios, String population, String serviceUsers, String costs,
            String dementia, String housing) {

        RunSpec spec() {
            return new RunSpec(populationId, serviceUsersId, costsId, dementiaId, housingId, basePlaces, coverageAge, baseYear, horizon,
                    delayPerYear, welfareTech, customFactors, scenarios);
        }
    }

    /** What a run answers: the result per year and the housing staircase need. */
    record RunAnswer(ForecastResult result, List<HousingNeed> housingNeeds) {
        static RunAnswer of(ForecastOutcome o) {
            return new RunAnswer(o.result(), o.housingNeeds());
        }
    }

    record SaveBody(String name, String description, RunSpec spec) {
    }

    record UpdateBody(String name, String description, List<RunLink> links, Long version) {
    }

    /** A saved run without its input copies (GET /runs/{id}/inputs has those). */
    record RunDetail(RunInfo info, RunSpec spec, ForecastResult result, List<HousingNeed> housingNeeds) {
    }

    /** The 400 answer for a bad file. */
    /** The message goes out in the caller's language (the platform writes a Message as text). */
    record CsvErrors(int status, Message message, List<RowError> errors) {
    }

    private final ForecastService forecasts;
    private final ForecastCsv csv;

    @Activate
    public ForecastsEndpoint(@Reference ForecastService forecasts, @Reference ForecastCsv csv) {
        this.forecasts = forecasts;
        this.csv = csv;
    }

    @Override
    public String path() {
        return "forecasts";
    }

    /** Planners write; POST /run only calculates, so every role may run a forecast. */
    @Override
    public Set<Role> rolesFor(String method, List<String> segments) {
        if (method.equals("GET") || method.equals("POST") && segments.equals(List.of("run"))) {
            return Set.of();
        }
        return Set.of(Role.PLANNER);
    }

    @Override
    public ApiResponse handle(ApiRequest r) {
        try {
            return route(r);
        } catch (InvalidCsvException e) {
            return new ApiResponse(400, new CsvErrors(400, e.message(), e.errors()));
        }
    }

    private ApiResponse route(ApiRequest r) {
        List<String> s = r.segments();
        if (s.isEmpty()) {
            throw new NotFoundException(Message.of("forecasting.api.paths", "Use /api/v1/forecasts/run, /inputs or /runs"));
        }
        return switch (s.get(0)) {
            case "run" -> only(r, "POST", s.size() == 1, () -> answer(r, InlineRuns.run(r.body(RunBody.class), forecasts, csv)));
            case "inputs" -> s.size() == 1 ? inputs(r) : input(r, r.longSegment(1, "id"), s.size());
            case "runs" -> s.size() == 1 ? runs(r) : run(r, r.longSegment(1, "id"), s);
            default -> throw noSuchResource(s);
        };
    }

    private ApiResponse inputs(ApiRequest r) {
        return switch (r.method()) {
            case "GET" -> ApiResponse.ok(forecasts.inputs(r.query("kind").map(ForecastsEndpoint::kind).orElse(null)));
            case "POST" -> ApiResponse.created(forecasts.createInput(kind(r.query("kind").orElseThrow(() -> InvalidInputException.field("kind",
                    Message.of("forecasting.api.kind.missing", "Add ?kind=population, service-users, costs, dementia or housing")))), r.query("name").orElse(null),
                    r.query("description").orElse(null), r.bodyBytes(), r.user()));
            default -> ApiResponse.methodNotAllowed(r.method(), "GET, POST");
        };
    }

    private ApiResponse input(ApiRequest r, long id, int segments) {
        if (segments > 2) {
            throw noSuchResource(r.segments());
        }
        return switch (r.method()) {
            case "GET" -> {
                var in = forecasts.input(id);
                yield r.query("format").orElse("json").equalsIgnoreCase("csv")
                        ? ApiResponse.bytes("text/csv;charset=UTF-8", SpreadsheetCsv.defuse(in.csv()).getBytes(StandardCharsets.UTF_8),
                                in.info().kind().id() + "-" + id + ".csv")
                        : ApiResponse.ok(in);
            }
            case "PUT" -> {
                byte[] body = r.bodyBytes();
                var before = forecasts.input(id).info();
                yield ApiResponse.ok(forecasts.updateInput(id, version(r), r.query("name").orElse(before.name()),
                        r.query("description").orElse(before.description()), body.length == 0 ? null : body, r.user()));
            }
            case "DELETE" -> {
                forecasts.deleteInput(id, version(r), r.user());
                yield ApiResponse.noContent();
            }
            default -> ApiResponse.methodNotAllowed(r.method(), "GET, PUT, DELETE");
        };
    }

    private ApiResponse runs(ApiRequest r) {
        return switch (r.method()) {
            case "GET" -> {
                var kind = r.query("kind");
                yield ApiResponse.ok(kind.isPresent()
                        ? forecasts.runsLinkedTo(kind.get(), r.longQuery("target").orElseThrow(() -> InvalidInputException.field("target",
                                Message.of("forecasting.api.target", "Add ?target=<id> of the {0}", kind.get()))))
                        : forecasts.runs());
            }
            case "POST" -> {
                SaveBody b = r.body(SaveBody.class);
                yield ApiResponse.created(forecasts.saveRun(b.name(), b.description(), b.spec(), r.user()));
            }
            default -> ApiResponse.methodNotAllowed(r.method(), "GET, POST");
        };
    }

    private ApiResponse run(ApiRequest r, long id, List<String> s) {
        if (s.size() == 3 && s.get(2).equals("inputs")) {
            return only(r, "GET", true, () -> ApiResponse.ok(forecasts.savedRun(id).inputs()));
        }
        if (s.size() > 2) {
            throw noSuchResource(s);
        }
        return switch (r.method()) {
            case "GET" -> {
                SavedRun run = forecasts.savedRun(id);
                yield r.query("format").isPresent() ? answer(r, run.outcome())
                        : ApiResponse.ok(new RunDetail(run.info(), run.spec(), run.outcome().result(), run.outcome().housingNeeds()));
            }
            case "PUT" -> {
                UpdateBody b = r.body(UpdateBody.class);
                if (b.version() == null) {
                    throw InvalidInputException.field("version", Message.of("forecasting.api.version.body",
                            "Send the version you read, to guard against lost updates"));
                }
                yield ApiResponse.ok(forecasts.updateRun(id, b.version(), b.name(), b.description(), b.links(), r.user()));
            }
            case "DELETE" -> {
                forecasts.deleteRun(id, version(r), r.user());
                yield ApiResponse.noContent();
            }
            default -> ApiResponse.methodNotAllowed(r.method(), "GET, PUT, DELETE");
        };
    }

    /** JSON, or with ?format=csv the users per scenario, ?format=years the per-year figures. */
    private ApiResponse answer(ApiRequest r, ForecastOutcome o) {
        String format = r.query("format").orElse("json").toLowerCase(java.util.Locale.ROOT);
        return switch (format) {
            case "json" -> ApiResponse.ok(RunAnswer.of(o));
            case "csv" -> ApiResponse.bytes("text/csv;charset=UTF-8", csv.resultCsv(o.result()).getBytes(StandardCharsets.UTF_8), "forecast.csv");
            case "years" -> ApiResponse.bytes("text/csv;charset=UTF-8", csv.yearsCsv(o.result()).getBytes(StandardCharsets.UTF_8),
                    "forecast-years.csv");
            default -> throw InvalidInputException.field("format", Message.of("forecasting.api.format",
                    "format is json, csv or years, not ''{0}''", format));
        };
    }

    private static InputKind kind(String text) {
        return InputKind.parse(text).orElseThrow(() -> InvalidInputException.field("kind",
                Message.of("forecasting.api.kind", "kind is population, service-users, costs, dementia or housing, not ''{0}''", text)));
    }

    private static long version(ApiRequest r) {
        return r.longQuery("version").orElseThrow(() -> InvalidInputException.field("version",
                Message.of("forecasting.api.version", "Add ?version=N: the version you read")));
    }

    private static NotFoundException noSuchResource(List<String> segments) {
        return new NotFoundException(Message.of("forecasting.api.noSuchResource", "No such resource: /api/v1/forecasts/{0}",
                String.join("/", segments)));
    }

    private static ApiResponse only(ApiRequest r, String method, boolean exists, Supplier<ApiResponse> answer) {
        if (!exists) {
            throw noSuchResource(r.segments());
        }
        return r.method().equals(method) ? answer.get() : ApiResponse.methodNotAllowed(r.method(), method);
    }
}
