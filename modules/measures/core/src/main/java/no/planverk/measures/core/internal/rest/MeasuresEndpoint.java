package no.planverk.measures.core.internal.rest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.planverk.measures.api.FollowUpReport;
import no.planverk.measures.api.FollowUpReportService;
import no.planverk.measures.api.ImportSummary;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.measures.api.MeasureTransferService;
import no.planverk.measures.api.Ownership;
import no.planverk.measures.api.ReportDraft;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.measures.api.Responsibility;
import no.planverk.measures.api.RollForward;
import no.planverk.measures.api.StatusReport;
import no.planverk.measures.api.TransferFormat;
import no.planverk.measures.api.YearAmount;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/measures}: GET lists (plan, goal, unit, year, status, light, funding, attention, q, sort,
 * offset, limit), POST creates; GET/PUT/DELETE /{id}; GET and POST /{id}/reports; GET /missing?period=&unit=;
 * GET and POST /reminders; GET /counts?plan=; POST /roll-forward; GET /report?plan=|planName=&year=&format=json|pdf;
 * GET /export?format=csv|json|xlsx; POST /import?format=..[&dryRun=true] with the file as the body.
 */
@Component(service = ApiEndpoint.class)
public class MeasuresEndpoint implements ApiEndpoint {

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

    @Activate
    public MeasuresEndpoint(@Reference MeasureService measures, @Reference FollowUpReportService reports,
            @Reference MeasureTransferService transfer) {
        this.measures = measures;
        this.reports = reports;
        this.transfer = transfer;
    }

    @Override
    public String path() {
        return "measures";
    }

    /** Planners and unit leaders write (the service checks the units); reminders and roll-forward are for planners. */
    @Override
    public Set<Role> rolesFor(String method, List<String> segments) {
        if (method.equals("GET")) {
            return Set.of();
        }
        String first = segments.isEmpty() ? "" : segments.get(0);
        return first.equals("reminders") || first.equals("roll-forward") ? Set.of(Role.PLANNER) : Set.of(Role.PLANNER, Role.UNIT_LEADER);
    }

    @Override
    public ApiResponse handle(ApiRequest r) {
        List<String> s = r.segments();
        if (s.isEmpty()) {
            return switch (r.method()) {
                case "GET" -> ApiResponse.ok(measures.list(MeasureQueries.of(r)));
                case "POST" -> ApiResponse.created(measures.create(r.body(MeasureChange.class).draft(), r.user()));
                default -> ApiResponse.methodNotAllowed(r.method(), "GET, POST");
            };
        }
        return switch (s.get(0)) {
            case "missing" -> only(r, "GET", () -> ApiResponse.ok(measures.missingReports(period(r.query("period").orElse(null)),
                    r.longQuery("unit").orElse(null))));
            case "reminders" -> r.method().equals("POST") ? remind(r) : only(r, "GET", () -> ApiResponse.ok(measures.reminders(r.user())));
            case "counts" -> only(r, "GET", () -> ApiResponse.ok(measures.counts(r.longQuery("plan").orElse(null))));
            case "roll-forward" -> only(r, "POST", () -> ApiResponse.ok(measures.rollForward(r.body(RollForward.class), r.user())));
            case "report" -> only(r, "GET", () -> followUp(r));
            case "export" -> only(r, "GET", () -> export(r));
            case "import" -> only(r, "POST", () -> importFile(r));
            default -> measure(r, r.longSegment(0, "id"));
        };
    }

    private ApiResponse measure(ApiRequest r, long id) {
        if (r.segments().size() > 1) {
            if (!r.segments().get(1).equals("reports") || r.segments().size() > 2) {
                throw new NotFoundException(Message.of("measures.api.noResource", "No such resource: /api/v1/measures/{0}",
                        String.join("/", r.segments())));
            }
            return switch (r.method()) {
                case "GET" -> ApiResponse.ok(measures.reports(id));
                case "POST" -> {
                    ReportRequest q = r.body(ReportRequest.class);
                    yield ApiResponse.created(measures.report(id, version(q.version()), new ReportDraft(period(q.period()), q.status(),
                            q.percent(), q.light(), q.comment(), q.spentNok()), r.user()));
                }
                default -> ApiResponse.methodNotAllowed(r.method(), "GET, POST");
            };
        }
        return switch (r.method()) {
            case "GET" -> {
                Measure m = measures.find(id).orElseThrow(() -> NotFoundException.of("Measure", id));
                yield ApiResponse.ok(new MeasureDetail(m, measures.reports(id), measures.canEdit(m, r.user())));
            }
            case "PUT" -> {
                MeasureChange c = r.body(MeasureChange.class);
                yield ApiResponse.ok(measures.update(id, version(c.version()), c.draft(), r.user()));
            }
            case "DELETE" -> {
                measures.delete(id, r.longQuery("version").orElseThrow(() -> InvalidInputException.field("version",
                        Message.of("measures.query.version", "Add ?version=N: the version you read"))), r.user());
                yield ApiResponse.noContent();
            }
            default -> ApiResponse.methodNotAllowed(r.method(), "GET, PUT, DELETE");
        };
    }

    private ApiResponse remind(ApiRequest r) {
        RemindRequest q = r.body(RemindRequest.class);
        return ApiResponse.created(measures.remind(q.measureIds(), period(q.period()), r.user()));
    }

    private ApiResponse followUp(ApiRequest r) {
        int year = r.intQuery("year").orElseThrow(() -> InvalidInputException.field("year", Message.of("measures.query.year", "Add ?year=2025")));
        FollowUpReport report = reports.build(r.longQuery("plan").orElse(null), r.query("planName").orElse(null), year);
        if (r.query("format").orElse("json").equalsIgnoreCase("pdf")) {
            Locale locale = Locale.forLanguageTag(r.query("lang").orElse("nn"));
            return ApiResponse.bytes("application/pdf", reports.pdf(report, locale), "oppfolging-" + year + ".pdf");
        }
        return ApiResponse.ok(report);
    }

    private ApiResponse export(ApiRequest r) {
        TransferFormat f = format(r);
        byte[] bytes = transfer.export(MeasureQueries.of(r).page(0, Integer.MAX_VALUE), f);
        return switch (f) {
            case CSV -> ApiResponse.bytes("text/csv;charset=UTF-8", bytes, "measures.csv");
            case JSON -> ApiResponse.bytes("application/json;charset=UTF-8", bytes, "measures.json");
            case XLSX -> ApiResponse.bytes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes, "measures.xlsx");
        };
    }

    private ApiResponse importFile(ApiRequest r) {
        TransferFormat f = format(r);
        boolean dryRun = r.query("dryRun").map(Boolean::parseBoolean).orElse(false);
        ImportSummary summary = dryRun ? transfer.preview(f, r.bodyBytes(), r.user()) : transfer.importData(f, r.bodyBytes(), r.user());
        return new ApiResponse(summary.ok() ? 200 : 400, summary);
    }

    private static TransferFormat format(ApiRequest r) {
        String f = r.query("format").orElseThrow(() -> InvalidInputException.field("format", Message.of("measures.query.format", "Add ?format=csv, json or xlsx")));
        return TransferFormat.parse(f).orElseThrow(() -> InvalidInputException.field("format", "format is csv, json or xlsx, not '" + f + "'"));
    }

    private ReportPeriod period(String text) {
        return text == null || text.isBlank() ? measures.currentPeriod() : ReportPeriod.parse(text);
    }

    private static long version(Long v) {
        if (v == null) {
            throw InvalidInputException.field("version", Message.of("measures.body.version",
                    "Send the version you read, to guard against lost updates"));
        }
        return v;
    }

    private static ApiResponse only(ApiRequest r, String method, java.util.function.Supplier<ApiResponse> answer) {
        return r.method().equals(method) ? answer.get() : ApiResponse.methodNotAllowed(r.method(), method);
    }
}
