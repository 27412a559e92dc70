package no.planverk.competence.core.internal.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.FileFormat;
import no.planverk.competence.api.FulltimeService;
import no.planverk.competence.api.ImportResult;
import no.planverk.competence.api.RequirementService;
import no.planverk.competence.api.RetirementParams;
import no.planverk.competence.api.RetirementService;
import no.planverk.competence.api.WorkforceService;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/competence}: GET categories, years, units[?year=], units/{id}[?year=]; workforce (see
 * {@link WorkforceCalls}); POST import?format=csv|xlsx[&dryRun=true]; GET gaps and deviations ?unit=&year=;
 * GET fulltime?unit=; GET retirements?unit=&year=&years=&retirementAge=&turnover=; gaps, fulltime and retirements
 * also as CSV with &format=csv; GET forecast-runs;
 * GET recruitment?unit=&run=&scenario=&basis=forecast|growth (+ the retirement parameters); requirements, benchmarks
 * and measures as collections (see {@link CollectionCalls}). {@code unit} is an id or a code.
 */
@Component(service = ApiEndpoint.class)
public class CompetenceEndpoint implements ApiEndpoint {

    private final WorkforceService workforce;
    private final RequirementService requirements;
    private final FulltimeService fulltime;
    private final RetirementService retirements;
    private final OrgUnitService units;
    private final WorkforceCalls workforceCalls;
    private final CollectionCalls collections;

    @Activate
    public CompetenceEndpoint(@Reference WorkforceService workforce, @Reference RequirementService requirements,
            @Reference FulltimeService fulltime, @Reference RetirementService retirements,
            @Reference no.planverk.competence.api.CompetenceMeasureService measures, @Reference OrgUnitService units) {
        this.workforce = workforce;
        this.requirements = requirements;
        this.fulltime = fulltime;
        this.retirements = retirements;
        this.units = units;
        this.workforceCalls = new WorkforceCalls(workforce, units);
        this.collections = new CollectionCalls(requirements, fulltime, measures, units);
    }

    @Override
    public String path() {
        return "competence";
    }

    /**
     * Planners and unit leaders write (the services check the units); reference figures are for planners, erasing
     * personal fields for admins and unit leaders.
     */
    @Override
    public Set<Role> rolesFor(String method, List<String> segments) {
        if (method.equals("GET")) {
            return Set.of();
        }
        if (segments.size() > 1 && segments.get(0).equals("workforce") && segments.get(1).equals("erase")) {
            return Set.of(Role.ADMIN, Role.UNIT_LEADER);
        }
        if (!segments.isEmpty() && segments.get(0).equals("benchmarks")) {
            return Set.of(Role.PLANNER);
        }
        return Set.of(Role.PLANNER, Role.UNIT_LEADER);
    }

    @Override
    public ApiResponse handle(ApiRequest r) {
        List<String> s = r.segments();
        if (s.isEmpty()) {
            throw new NotFoundException(Message.of("competence.api.paths", "Name a resource: /api/v1/competence/units, workforce,"
                    + " requirements, gaps, fulltime, retirements, measures, import"));
        }
        return switch (s.get(0)) {
            case "categories" -> get(r, () -> ApiResponse.ok(Arrays.stream(Category.values()).map(c -> new Bodies.CategoryInfo(c.id(),
                    c.name(), c.label())).toList()));
            case "years" -> get(r, () -> ApiResponse.ok(workforce.years()));
            case "units" -> get(r, () -> s.size() > 1 ? ApiResponse.ok(workforce.summary(r.longSegment(1, "id"), r.intQuery("year")
                    .orElse(null))) : ApiResponse.ok(workforce.units(r.intQuery("year").orElse(null))));
            case "workforce" -> workforceCalls.handle(r);
            case "import" -> only(r, "POST", () -> importFile(r));
            case "gaps" -> get(r, () -> answer(r, requirements.gaps(Queries.unit(r, units), r.intQuery("year").orElse(null)),
                    CsvAnswers::gaps));
            case "deviations" -> get(r, () -> ApiResponse.ok(requirements.gaps(Queries.unit(r, units), r.intQuery("year").orElse(null))
                    .deviations()));
            case "fulltime" -> get(r, () -> answer(r, fulltime.report(Queries.requiredUnit(r, units)), CsvAnswers::fulltime));
            case "retirements" -> get(r, () -> answer(r, retirements.project(Queries.requiredUnit(r, units), r.intQuery("year")
                    .orElse(null), Queries.params(r, retirements.defaults())), CsvAnswers::retirements));
            case "forecast-runs" -> get(r, () -> ApiResponse.ok(retirements.forecastRuns()));
            case "recruitment" -> get(r, () -> recruitment(r));
            case "requirements", "benchmarks", "measures" -> collections.handle(r);
            default -> throw new NotFoundException(Message.of("competence.api.noSuchResource", "No such resource: /api/v1/competence/{0}",
                    String.join("/", s)));
        };
    }

    private ApiResponse importFile(ApiRequest r) {
        FileFormat f = Queries.format(r);
        boolean dryRun = r.query("dryRun").map(Boolean::parseBoolean).orElse(false);
        ImportResult result = dryRun ? workforce.preview(f, r.bodyBytes(), r.user()) : workforce.importData(f, r.bodyBytes(), r.user());
        return new ApiResponse(result.ok() ? 200 : 400, result);
    }

    /** Without ?years= the projection runs to the forecast's horizon (at most 40 years). */
    private ApiResponse recruitment(ApiRequest r) {
        long unit = Queries.requiredUnit(r, units);
        long run = r.longQuery("run").orElseThrow(() -> no.planverk.platform.api.InvalidInputException.field("run",
                Message.of("competence.api.run", "Add ?run= with a saved forecast run''s id (GET /api/v1/competence/forecast-runs lists them)")));
        RetirementParams defaults = retirements.defaults();
        Integer year = r.intQuery("year").orElse(null);
        var horizon = retirements.forecastRuns().stream().filter(x -> x.id() == run).findFirst();
        if (horizon.isPresent() && r.query("years").isEmpty()) {
            Integer base = year != null ? year : workforce.latestYear();
            int years = base == null ? defaults.years() : Math.max(1, Math.min(RetirementParams.MAX_YEARS, horizon.get().horizon() - base));
            defaults = new RetirementParams(years, defaults.retirementAge(), defaults.turnoverRate());
        }
        return ApiResponse.ok(retirements.recruitmentGap(unit, year, run, r.query("scenario").orElse(null), Queries.basis(r),
                Queries.params(r, defaults)));
    }

    /** JSON, or CSV with ?format=csv. */
    private static <T> ApiResponse answer(ApiRequest r, T body, java.util.function.Function<T, ApiResponse> csv) {
        String f = r.query("format").orElse("json");
        if (f.equalsIgnoreCase("csv")) {
            return csv.apply(body);
        }
        if (!f.equalsIgnoreCase("json")) {
            throw no.planverk.platform.api.InvalidInputException.field("format", Message.of("competence.api.format",
                    "format is json or csv, not ''{0}''", f));
        }
        return ApiResponse.ok(body);
    }

    static ApiResponse get(ApiRequest r, Supplier<ApiResponse> answer) {
        return only(r, "GET", answer);
    }

    static ApiResponse only(ApiRequest r, String method, Supplier<ApiResponse> answer) {
        return r.method().equals(method) ? answer.get() : ApiResponse.methodNotAllowed(r.method(), method);
    }
}
