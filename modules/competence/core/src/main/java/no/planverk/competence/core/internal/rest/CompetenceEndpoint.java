package no.planverk.competence.core.internal.rest;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.CompetenceMeasureService;
import no.planverk.competence.api.FulltimeService;
import no.planverk.competence.api.RequirementService;
import no.planverk.competence.api.RetirementParams;
import no.planverk.competence.api.RetirementService;
import no.planverk.competence.api.WorkforceService;
import no.planverk.competence.core.internal.io.WorkforceTransfer;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.route.RouteRequest;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.platform.api.route.RoutedEndpoint;
import no.planverk.platform.api.route.Routes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/competence}: the workforce register ({@link WorkforceCalls}), its import, gaps, deviations, full-time,
 * retirements and recruitment need (gaps, fulltime and retirements also as CSV with ?format=csv), and requirements,
 * benchmarks and measures as collections ({@link CollectionCalls}), as the routes below. {@code unit} is an id or a code.
 * Planners and unit leaders write (the services check the units); reference figures are for planners, erasing personal
 * fields for admins and unit leaders.
 */
@Component(service = ApiEndpoint.class)
public class CompetenceEndpoint implements RoutedEndpoint {

    private final WorkforceService workforce;
    private final RequirementService requirements;
    private final FulltimeService fulltime;
    private final RetirementService retirements;
    private final ModuleTransfer transfer;
    private final Queries queries;
    private final Routes routes;

    @Activate
    public CompetenceEndpoint(@Reference WorkforceService workforce, @Reference RequirementService requirements,
            @Reference FulltimeService fulltime, @Reference RetirementService retirements,
            @Reference CompetenceMeasureService measures, @Reference OrgUnitService units,
            @Reference(target = "(module=competence)") ModuleTransfer transfer) {
        this.workforce = workforce;
        this.transfer = transfer;
        this.requirements = requirements;
        this.fulltime = fulltime;
        this.retirements = retirements;
        this.queries = new Queries(units);
        WorkforceCalls w = new WorkforceCalls(workforce, queries);
        CollectionCalls c = new CollectionCalls(requirements, fulltime, measures, queries);
        Set<Role> planners = Set.of(Role.PLANNER);
        this.routes = Routes.of("competence", Set.of(Role.PLANNER, Role.UNIT_LEADER))
                .get("/categories", r -> ApiResponse.ok(Arrays.stream(Category.values()).map(x -> new Bodies.CategoryInfo(x.id(), x.name(),
                        x.label())).toList()))
                .get("/years", r -> ApiResponse.ok(workforce.years()))
                .get("/units", r -> ApiResponse.ok(workforce.units(r.intQuery("year").orElse(null))))
                .get("/units/{id}", r -> ApiResponse.ok(workforce.summary(r.id("id"), r.intQuery("year").orElse(null))))
                .get("/workforce", w::rows)
                .post("/workforce", w::create)
                .get("/workforce/summary", w::summary)
                .get("/workforce/export", w::export)
                .post("/workforce/erase", Set.of(Role.ADMIN, Role.UNIT_LEADER), w::erase)
                .put("/workforce/{id}", w::update)
                .delete("/workforce/{id}", w::delete)
                .post("/import", this::importFile)
                .get("/gaps", r -> answer(r, requirements.gaps(queries.unit(r), r.intQuery("year").orElse(null)), CsvAnswers::gaps))
                .get("/deviations", r -> ApiResponse.ok(requirements.gaps(queries.unit(r), r.intQuery("year").orElse(null)).deviations()))
                .get("/fulltime", r -> answer(r, fulltime.report(queries.requiredUnit(r)), CsvAnswers::fulltime))
                .get("/retirements", r -> answer(r, retirements.project(queries.requiredUnit(r), r.intQuery("year").orElse(null),
                        Queries.params(r, retirements.defaults())), CsvAnswers::retirements))
                .get("/forecast-runs", r -> ApiResponse.ok(retirements.forecastRuns()))
                .get("/recruitment", this::recruitment)
                .get("/requirements", c::requirements)
                .post("/requirements", c::createRequirement)
                .put("/requirements/{id}", c::updateRequirement)
                .delete("/requirements/{id}", c::deleteRequirement)
                .get("/benchmarks", c::benchmarks)
                .post("/benchmarks", planners, c::createBenchmark)
                .put("/benchmarks/{id}", planners, c::updateBenchmark)
                .delete("/benchmarks/{id}", planners, c::deleteBenchmark)
                .get("/measures", c::measures)
                .post("/measures", c::createMeasure)
                .get("/measures/{id}", c::measure)
                .put("/measures/{id}", c::updateMeasure)
                .delete("/measures/{id}", c::deleteMeasure);
    }

    @Override
    public Routes routes() {
        return routes;
    }

    private ApiResponse importFile(RouteRequest r) {
        ImportFile file = new ImportFile(FileFormat.of(r.formatOr("csv", "csv", "xlsx")).orElseThrow(), WorkforceTransfer.KIND, r.bodyBytes());
        ImportSummary result = r.flag("dryRun") ? transfer.preview(file, r.user()) : transfer.commit(file, r.user());
        return new ApiResponse(result.ok() ? 200 : 400, result);
    }

    /** Without ?years= the projection runs to the forecast's horizon (at most 40 years). */
    private ApiResponse recruitment(RouteRequest r) {
        long unit = queries.requiredUnit(r);
        long run = r.longQuery("run").orElseThrow(() -> InvalidInputException.field("run",
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
    private static <T> ApiResponse answer(RouteRequest r, T body, Function<T, ApiResponse> csv) {
        return r.formatOr("json", "json", "csv").equals("csv") ? csv.apply(body) : ApiResponse.ok(body);
    }
}
