package no.planverk.consultation.core.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.planverk.consultation.api.Attachment;
import no.planverk.consultation.api.Channel;
import no.planverk.consultation.api.ConsultationService;
import no.planverk.consultation.api.ExportFile;
import no.planverk.consultation.api.ExportFormat;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.route.RouteRequest;
import no.planverk.platform.api.route.RoutedEndpoint;
import no.planverk.platform.api.route.Routes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/consultations} for staff. Every write, the attachments and the submitters' data are for planners (and
 * admins), checked by the table before the body is read; the service hides contact details from the other roles.
 */
@Component(service = ApiEndpoint.class)
public class ConsultationsEndpoint implements RoutedEndpoint {

    private static final Set<Role> PLANNERS = Set.of(Role.PLANNER);

    private final ConsultationService consultations;
    private final Routes routes;

    @Activate
    public ConsultationsEndpoint(@Reference ConsultationService consultations) {
        this.consultations = consultations;
        this.routes = Routes.of("consultations", PLANNERS)
                .get("", this::list)
                .post("", r -> ApiResponse.created(consultations.open(r.body(Bodies.ConsultationBody.class).draft(), r.user())))
                .get("/{id}", r -> ApiResponse.ok(consultations.get(r.id("id"), r.user())))
                .put("/{id}", this::update)
                .delete("/{id}", this::delete)
                .post("/{id}/adopted", this::adopted)
                .post("/{id}/publish", this::publish)
                .get("/{id}/submissions", r -> ApiResponse.ok(consultations.submissions(r.id("id"), r.user())))
                .post("/{id}/submissions", this::register)
                .get("/{id}/assessment", this::assessment)
                .get("/submissions/{id}", r -> ApiResponse.ok(consultations.submission(r.id("id"), r.user())))
                .put("/submissions/{id}/assessment", this::assess)
                .get("/submissions/{id}/attachment", PLANNERS, this::attachment)
                .get("/submitters/export", PLANNERS, r -> ApiResponse.ok(consultations.exportSubmitter(r.query("submitter").orElse(null),
                        r.user())))
                .post("/submitters/erase", r -> ApiResponse.ok(Map.of("erased",
                        consultations.eraseSubmitter(r.body(Bodies.SubmitterBody.class).submitter(), r.user()))));
    }

    @Override
    public Routes routes() {
        return routes;
    }

    private ApiResponse list(RouteRequest r) {
        return ApiResponse.ok(r.longQuery("plan").map(p -> consultations.forPlan(p, r.user())).orElseGet(() -> consultations.list(r.user())));
    }

    private ApiResponse update(RouteRequest r) {
        Bodies.ConsultationBody b = r.body(Bodies.ConsultationBody.class);
        return ApiResponse.ok(consultations.update(r.id("id"), r.version(b.version()), b.draft(), r.user()));
    }

    private ApiResponse delete(RouteRequest r) {
        consultations.delete(r.id("id"), r.version(), r.user());
        return ApiResponse.noContent();
    }

    private ApiResponse adopted(RouteRequest r) {
        Bodies.AdoptedBody b = r.body(Bodies.AdoptedBody.class);
        return ApiResponse.ok(consultations.adopted(r.id("id"), r.version(b.version()), b.adoptedOn(), r.user()));
    }

    private ApiResponse publish(RouteRequest r) {
        Bodies.PublishBody b = r.body(Bodies.PublishBody.class);
        return ApiResponse.ok(consultations.publishAssessment(r.id("id"), r.version(b.version()), Bodies.required(b.published(), "published"),
                r.user()));
    }

    private ApiResponse register(RouteRequest r) {
        Bodies.SubmissionBody b = r.body(Bodies.SubmissionBody.class);
        return ApiResponse.created(consultations.register(r.id("id"), channel(b.channel()), b.draft(), r.user()));
    }

    private ApiResponse assess(RouteRequest r) {
        Bodies.AssessmentBody b = r.body(Bodies.AssessmentBody.class);
        return ApiResponse.ok(consultations.assess(r.id("id"), r.version(b.version()), b.value(), r.user()));
    }

    private ApiResponse attachment(RouteRequest r) {
        Attachment a = consultations.attachment(r.id("id"), r.user());
        return ApiResponse.bytes("application/pdf", a.bytes(), a.fileName());
    }

    /** JSON, or with ?format=csv|pdf|docx the file (&amp;lang=nn|nb|en, nynorsk by default). */
    private ApiResponse assessment(RouteRequest r) {
        if (r.query("format").isEmpty()) {
            return ApiResponse.ok(consultations.assessment(r.id("id"), r.user()));
        }
        ExportFormat format = ExportFormat.parse(r.format("csv", "pdf", "docx")).orElseThrow();
        Locale locale = Locale.forLanguageTag(r.query("lang").orElse("nn"));
        ExportFile file = consultations.exportAssessment(r.id("id"), format, locale, r.user());
        return format == ExportFormat.CSV ? ApiResponse.text(file.mediaType(), new String(file.bytes(), StandardCharsets.UTF_8), file.fileName())
                : ApiResponse.bytes(file.mediaType(), file.bytes(), file.fileName());
    }

    private static Channel channel(String v) {
        Channel c = v == null ? null : Channel.parse(v).orElse(null);
        if (c == null || c == Channel.PORTAL) {
            throw InvalidInputException.field("channel", Message.of("consultation.api.channel", "channel is letter or email, not ''{0}''",
                    v == null ? "" : v));
        }
        return c;
    }
}
