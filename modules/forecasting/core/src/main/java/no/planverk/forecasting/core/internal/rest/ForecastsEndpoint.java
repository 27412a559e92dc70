package no.planverk.forecasting.core.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.forecasting.api.CustomFactor;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastOutcome;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.HousingNeed;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.InputTarget;
import no.planverk.forecasting.api.InputTransfer;
import no.planverk.forecasting.api.InvalidCsvException;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.RunLink;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.api.SavedRun;
import no.planverk.forecasting.api.SsbFetchService;
import no.planverk.forecasting.api.WelfareTech;
import no.planverk.forecasting.api.staircase.StaircaseService;
import no.planverk.forecasting.api.staircase.StaircaseStep;
import no.planverk.forecasting.api.staircase.StepDemand;
import no.planverk.forecasting.core.internal.InputTransferImpl;
import no.planverk.forecasting.core.internal.csv.SpreadsheetCsv;
import no.planverk.forecasting.core.internal.ssb.SsbFetchFailed;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.route.RouteRequest;
import no.planverk.platform.api.route.RoutedEndpoint;
import no.planverk.platform.api.route.Routes;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/forecasts}: POST /run (a {@link RunBody}: stored input ids or CSV text; ?format=csv|years for CSV);
 * the stored inputs (?kind=&name=&description=, the file as the body; a population may be SSB's JSON-stat 2.0 or PxWeb
 * CSV, with ?region=&series= choosing one region and alternative) and saved runs, as the routes below. Planners
 * write; POST /run only calculates, so every role may run a forecast. A bad CSV answers 400 with every row error.
 */
@Component(service = ApiEndpoint.class)
public class ForecastsEndpoint implements RoutedEndpoint {

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

    /**
     * A saved run without its input copies (GET /runs/{id}/inputs has those), with the demand per step of the
     * municipality's activity and mastery staircase.
     */
    record RunDetail(RunInfo info, RunSpec spec, ForecastResult result, List<HousingNeed> housingNeeds, List<StepDemand> staircase) {
    }

    /** PUT /staircase: the whole staircase and the version read (0 before the first save). */
    record StaircaseBody(List<StaircaseStep> steps, Map<String, Integer> services, Long version) {
    }

    /** The 400 answer for a bad file. The message goes out in the caller's language (the platform writes a Message as text). */
    record CsvErrors(int status, Message message, List<RowError> errors) {
    }

    private final ForecastService forecasts;
    private final ForecastCsv csv;
    private final StaircaseService staircase;
    private final SsbFetchService ssb;
    private final InputTransfer transfer;
    private final Routes routes;

    /** With the module's own transfer over {@code forecasts} (for tests). */
    public ForecastsEndpoint(ForecastService forecasts, ForecastCsv csv, StaircaseService staircase, SsbFetchService ssb) {
        this(forecasts, csv, staircase, ssb, new InputTransferImpl(forecasts, csv));
    }

    @Activate
    public ForecastsEndpoint(@Reference ForecastService forecasts, @Reference ForecastCsv csv, @Reference StaircaseService staircase,
            @Reference SsbFetchService ssb, @Reference InputTransfer transfer) {
        this.forecasts = forecasts;
        this.csv = csv;
        this.staircase = staircase;
        this.ssb = ssb;
        this.transfer = transfer;
        this.routes = Routes.of("forecasts", Set.of(Role.PLANNER))
                .post("/run", Set.of(), r -> answer(r, InlineRuns.run(r.body(RunBody.class), forecasts, csv)))
                .get("/inputs", r -> ApiResponse.ok(forecasts.inputs(r.query("kind").map(ForecastsEndpoint::kind).orElse(null))))
                .post("/inputs", this::createInput)
                .post("/inputs/ssb", Set.of(Role.ADMIN), this::fetchFromSsb)
                .get("/inputs/{id}", this::input)
                .put("/inputs/{id}", this::updateInput)
                .delete("/inputs/{id}", r -> {
                    forecasts.deleteInput(r.id("id"), r.version(), r.user());
                    return ApiResponse.noContent();
                })
                .get("/staircase", r -> ApiResponse.ok(staircase.staircase()))
                .put("/staircase", r -> {
                    StaircaseBody b = r.body(StaircaseBody.class);
                    return ApiResponse.ok(staircase.update(r.version(b.version()), b.steps() == null ? List.of() : b.steps(),
                            b.services() == null ? Map.of() : b.services(), r.user()));
                })
                .get("/runs", this::runs)
                .post("/runs", r -> {
                    SaveBody b = r.body(SaveBody.class);
                    return ApiResponse.created(forecasts.saveRun(b.name(), b.description(), b.spec(), r.user()));
                })
                .get("/runs/{id}", this::run)
                .get("/runs/{id}/inputs", r -> ApiResponse.ok(forecasts.savedRun(r.id("id")).inputs()))
                .put("/runs/{id}", r -> {
                    UpdateBody b = r.body(UpdateBody.class);
                    return ApiResponse.ok(forecasts.updateRun(r.id("id"), r.version(b.version()), b.name(), b.description(), b.links(), r.user()));
                })
                .delete("/runs/{id}", r -> {
                    forecasts.deleteRun(r.id("id"), r.version(), r.user());
                    return ApiResponse.noContent();
                });
    }

    @Override
    public Routes routes() {
        return routes;
    }

    @Override
    public ApiResponse handle(ApiRequest r) {
        try {
            return routes.handle(r);
        } catch (InvalidCsvException e) {
            return new ApiResponse(400, new CsvErrors(400, e.message(), e.errors()));
        } catch (SsbFetchFailed e) {
            return new ApiResponse(502, new CsvErrors(502, e.message(), List.of()));
        }
    }

    private ApiResponse createInput(RouteRequest r) {
        InputKind kind = kind(r.query("kind").orElseThrow(() -> InvalidInputException.field("kind", Message.of("forecasting.api.kind.missing",
                "Add ?kind=population, service-users, costs, dementia or housing"))));
        InputTarget target = InputTarget.named(r.query("name").orElse(null), r.query("description").orElse(null), choices(r));
        return ApiResponse.created(transfer.with(() -> target).store(file(kind, r.bodyBytes()), r.user()));
    }

    /**
     * POST /inputs/ssb?table=14288&amp;name=...[&amp;selection=...][&amp;description=][&amp;region=&amp;series=], administrators
     * only: the table fetched from SSB (when switched on) and stored as a population input; 502 when SSB cannot be reached.
     */
    private ApiResponse fetchFromSsb(RouteRequest r) {
        String table = r.query("table").orElseThrow(() -> InvalidInputException.field("table", Message.of("forecasting.api.table.missing",
                "Add ?table= with the number of SSB''s table, such as 14288")));
        return ApiResponse.created(ssb.fetchPopulation(table, r.query("selection").orElse(null), r.query("name").orElse(null),
                r.query("description").orElse(null), choices(r), r.user()));
    }

    /**
     * The choices for a population from SSB: ?region= and ?series=, and any other dimension by its id in lower case
     * (looked up when the file has it).
     */
    static Map<String, String> choices(ApiRequest r) {
        return new AbstractMap<>() {
            @Override
            public String get(Object key) {
                return r.query(String.valueOf(key)).orElse(null);
            }

            @Override
            public Set<Entry<String, String>> entrySet() {
                Set<Entry<String, String>> given = new LinkedHashSet<>();
                for (String name : List.of("region", "series")) {
                    r.query(name).ifPresent(v -> given.add(new SimpleImmutableEntry<>(name, v)));
                }
                return given;
            }
        };
    }

    private ApiResponse input(RouteRequest r) {
        long id = r.id("id");
        var in = forecasts.input(id);
        return r.formatOr("json", "json", "csv").equals("csv")
                ? ApiResponse.bytes("text/csv;charset=UTF-8", SpreadsheetCsv.defuse(in.csv()).getBytes(StandardCharsets.UTF_8),
                        in.info().kind().id() + "-" + id + ".csv")
                : ApiResponse.ok(in);
    }

    private ApiResponse updateInput(RouteRequest r) {
        long id = r.id("id");
        byte[] body = r.bodyBytes();
        var before = forecasts.input(id).info();
        long version = r.version();
        String name = r.query("name").orElse(before.name());
        String description = r.query("description").orElse(before.description());
        if (body.length == 0) { // a new name or description only
            return ApiResponse.ok(forecasts.updateInput(id, version, name, description, null, choices(r), r.user()));
        }
        InputTarget target = InputTarget.replacing(id, version, name, description, choices(r));
        return ApiResponse.ok(transfer.with(() -> target).store(file(before.kind(), body), r.user()));
    }

    /** A file through the module's transfer: CSV, or for a population whatever SSB format its content is. */
    private static ImportFile file(InputKind kind, byte[] body) {
        return new ImportFile(FileFormat.CSV, kind.id(), body);
    }

    private ApiResponse runs(RouteRequest r) {
        var kind = r.query("kind");
        return ApiResponse.ok(kind.isPresent()
                ? forecasts.runsLinkedTo(kind.get(), r.longQuery("target").orElseThrow(() -> InvalidInputException.field("target",
                        Message.of("forecasting.api.target", "Add ?target=<id> of the {0}", kind.get()))))
                : forecasts.runs());
    }

    private ApiResponse run(RouteRequest r) {
        SavedRun run = forecasts.savedRun(r.id("id"));
        String format = r.query("format").orElse("json");
        if (format.equals("staircase") || format.equals("staircase-xlsx")) {
            return StepTable.answer(staircase, run, format.equals("staircase-xlsx"));
        }
        return r.query("format").isPresent() ? answer(r, run.outcome())
                : ApiResponse.ok(new RunDetail(run.info(), run.spec(), run.outcome().result(), run.outcome().housingNeeds(),
                        staircase.demand(run.outcome().result())));
    }

    /**
     * JSON, or with ?format=csv the users per scenario, ?format=years the per-year figures (a saved run also
     * ?format=staircase and staircase-xlsx: the demand per step).
     */
    private ApiResponse answer(ApiRequest r, ForecastOutcome o) {
        return switch (r.formatOr("json", "json", "csv", "years")) {
            case "csv" -> ApiResponse.bytes("text/csv;charset=UTF-8", csv.resultCsv(o.result()).getBytes(StandardCharsets.UTF_8), "forecast.csv");
            case "years" -> ApiResponse.bytes("text/csv;charset=UTF-8", csv.yearsCsv(o.result()).getBytes(StandardCharsets.UTF_8),
                    "forecast-years.csv");
            default -> ApiResponse.ok(RunAnswer.of(o));
        };
    }

    private static InputKind kind(String text) {
        return InputKind.parse(text).orElseThrow(() -> InvalidInputException.field("kind",
                Message.of("forecasting.api.kind", "kind is population, service-users, costs, dementia or housing, not ''{0}''", text)));
    }
}
