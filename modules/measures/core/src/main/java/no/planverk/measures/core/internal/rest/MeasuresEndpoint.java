package no.planverk.measures.core.internal.rest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.planverk.measures.api.FollowUpReport;
import no.planverk.measures.api.FollowUpReportService;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.measures.api.MeasureTransferService;
import no.planverk.plans.api.Ownership;
import no.planverk.measures.api.ReportDraft;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.measures.api.Responsibility;
import no.planverk.measures.api.RollForward;
import no.planverk.measures.api.StatusReport;
import no.planverk.measures.api.TransferFormat;
import no.planverk.measures.api.YearAmount;
import no.planverk.measures.core.internal.MeasureTransfer;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.route.RouteRequest;
import no.planverk.platform.api.route.RoutedEndpoint;
import no.planverk.platform.api.route.Routes;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/measures}: the measures, their follow-up reports, reminders, roll-forward, the annual follow-up report
 * and import/export, as the routes below. Planners and unit leaders write (the service checks the units); reminders and
 * roll-forward are for planners.
 */
@Component(service = ApiEndpoint.class)
public class MeasuresEndpoint implements RoutedEndpoint {

    /** A measure with its reports and whether the caller may change it. */
    record MeasureDetail(Measure measure, List<StatusReport> reports, boolean canEdit) {
    }

    /** The body of POST and PUT: the draft's fields, plus the version that was read (PUT). */
    record MeasureChange(Long planId, String planName, String number, String title, String description, List<Long> goalIds,
            String goalText, MeasureKind kind, Long carrierPlanId, String carrierText, Responsibility responsibility,
            List<Long> unitIds, String contact, Integer fromYear, Integer toYear, List<YearAmount> years, Ownership ownership,
            Long version) {

        MeasureDraft draft() {
            return new MeasureDraft(planId, planName, number, title, description, goalIds, goalText, kind, carrierPlanId, carrierText,
                    responsibility, unitIds, contact, fromYear, toYear, years, ownership);
        }
    }

    /** The body of POST /{id}/reports; {@code period} is written "2025-T2" or "2025". */
    record ReportRequest(String period, MeasureStatus status, Integer percent, Light light, String comment, Long spentNok, Long version) {
    }

    /** The body of POST /reminders. */
    record RemindRequest(List<Long> measureIds, String period) {
    }

    private final MeasureService measures;
    private final FollowUpReportService reports;
    private final MeasureTransferService transfer;
    private final ModuleTransfer imports;
    private final Routes routes;

    @Activate
    public MeasuresEndpoint(@Reference MeasureService measures, @Reference FollowUpReportService reports,
            @Reference MeasureTransferService transfer, @Reference(target = "(module=measures)") ModuleTransfer imports) {
        this.measures = measures;
        this.reports = reports;
        this.transfer = transfer;
        this.imports = imports;
        Set<Role> planners = Set.of(Role.PLANNER);
        this.routes = Routes.of("measures", Set.of(Role.PLANNER, Role.UNIT_LEADER))
                .get("", r -> ApiResponse.ok(measures.list(MeasureQueries.of(r))))
                .post("", r -> ApiResponse.created(measures.create(r.body(MeasureChange.class).draft(), r.user())))
                .get("/{id}", this::detail)
                .put("/{id}", this::update)
                .delete("/{id}", this::delete)
                .get("/{id}/reports", r -> ApiResponse.ok(measures.reports(r.id("id"))))
                .post("/{id}/reports", this::report)
                .get("/missing", r -> ApiResponse.ok(measures.missingReports(period(r.query("period").orElse(null)),
                        r.longQuery("unit").orElse(null))))
                .get("/reminders", r -> ApiResponse.ok(measures.reminders(r.user())))
                .post("/reminders", planners, this::remind)
                .get("/counts", r -> ApiResponse.ok(measures.counts(r.longQuery("plan").orElse(null))))
                .post("/roll-forward", planners, r -> ApiResponse.ok(measures.rollForward(r.body(RollForward.class), r.user())))
                .get("/report", this::followUp)
                .get("/export", this::export)
                .post("/import", this::importFile);
    }

    @Override
    public Routes routes() {
        return routes;
    }

    private ApiResponse detail(RouteRequest r) {
        long id = r.id("id");
        Measure m = measures.find(id).orElseThrow(() -> NotFoundException.of("Measure", id));
        return ApiResponse.ok(new MeasureDetail(m, measures.reports(id), measures.canEdit(m, r.user())));
    }

    private ApiResponse update(RouteRequest r) {
        MeasureChange c = r.body(MeasureChange.class);
        return ApiResponse.ok(measures.update(r.id("id"), r.version(c.version()), c.draft(), r.user()));
    }

    private ApiResponse delete(RouteRequest r) {
        measures.delete(r.id("id"), r.version(), r.user());
        return ApiResponse.noContent();
    }

    private ApiResponse report(RouteRequest r) {
        ReportRequest q = r.body(ReportRequest.class);
        return ApiResponse.created(measures.report(r.id("id"), r.version(q.version()), new ReportDraft(period(q.period()), q.status(),
                q.percent(), q.light(), q.comment(), q.spentNok()), r.user()));
    }

    private ApiResponse remind(RouteRequest r) {
        RemindRequest q = r.body(RemindRequest.class);
        return ApiResponse.created(measures.remind(q.measureIds(), period(q.period()), r.user()));
    }

    private ApiResponse followUp(RouteRequest r) {
        int year = r.intQuery("year").orElseThrow(() -> InvalidInputException.field("year", Message.of("measures.query.year", "Add ?year=2025")));
        FollowUpReport report = reports.build(r.longQuery("plan").orElse(null), r.query("planName").orElse(null), year);
        if (r.formatOr("json", "json", "pdf").equals("pdf")) {
            Locale locale = Locale.forLanguageTag(r.query("lang").orElse("nn"));
            return ApiResponse.bytes("application/pdf", reports.pdf(report, locale), "oppfolging-" + year + ".pdf");
        }
        return ApiResponse.ok(report);
    }

    private ApiResponse export(RouteRequest r) {
        TransferFormat f = format(r);
        byte[] bytes = transfer.export(MeasureQueries.of(r).page(0, Integer.MAX_VALUE), f);
        return switch (f) {
            case CSV -> ApiResponse.bytes("text/csv;charset=UTF-8", bytes, "measures.csv");
            case JSON -> ApiResponse.bytes("application/json;charset=UTF-8", bytes, "measures.json");
            case XLSX -> ApiResponse.bytes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes, "measures.xlsx");
        };
    }

    /** Through the module's transfer service, as the import page; the answer in the shape the API has always given. */
    private ApiResponse importFile(RouteRequest r) {
        ImportFile file = new ImportFile(FileFormat.of(format(r).id()).orElseThrow(), MeasureTransfer.KIND, r.bodyBytes());
        ImportSummary s = r.flag("dryRun") ? imports.preview(file, r.user()) : imports.commit(file, r.user());
        return new ApiResponse(s.ok() ? 200 : 400, new ImportAnswer(s.rows(), s.created(), s.updated(), s.errors(), s.committed()));
    }

    /** The body of an import's answer. */
    record ImportAnswer(int rows, int created, int updated, List<RowError> errors, boolean committed) {
    }

    private static TransferFormat format(RouteRequest r) {
        return TransferFormat.parse(r.format("csv", "json", "xlsx")).orElseThrow();
    }

    private ReportPeriod period(String text) {
        return text == null || text.isBlank() ? measures.currentPeriod() : ReportPeriod.parse(text);
    }
}
