package no.planverk.volunteers.core.internal.rest;

import no.planverk.platform.api.Message;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.route.RouteRequest;
import no.planverk.platform.api.route.RoutedEndpoint;
import no.planverk.platform.api.route.Routes;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.volunteers.api.HoursDraft;
import no.planverk.volunteers.api.HoursService;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.volunteers.api.ImportKind;
import no.planverk.volunteers.api.OrganisationService;
import no.planverk.volunteers.api.UnitContact;
import no.planverk.volunteers.api.VolunteerService;
import no.planverk.volunteers.api.VolunteerStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/volunteers}: organisations, volunteers (with status, export, erase, matches), assignments
 * (with volunteers, matches, hours), matches, hours, report, steps, contacts, reminders and import, as the routes below (handlers
 * in {@link OrganisationRoutes}, {@link VolunteerRoutes} and {@link AssignmentRoutes}). Every role may read; the services
 * check the rest.
 */
@Component(service = ApiEndpoint.class)
public class VolunteersEndpoint implements RoutedEndpoint {

    private final AssignmentService assignments;
    private final HoursService hours;
    private final VolunteerService volunteers;
    private final ModuleTransfer transfer;
    private final Routes routes;

    /**
     * Coordinators write; unit leaders also change their units' assignments, contacts and hours (the services check
     * the unit). Placing volunteers on an assignment is for coordinators.
     */
    @Activate
    public VolunteersEndpoint(@Reference OrganisationService organisations, @Reference VolunteerService volunteers,
            @Reference AssignmentService assignments, @Reference HoursService hours, @Reference(target = "(module=volunteers)") ModuleTransfer transfer) {
        this.assignments = assignments;
        this.hours = hours;
        this.volunteers = volunteers;
        this.transfer = transfer;
        OrganisationRoutes o = new OrganisationRoutes(organisations);
        VolunteerRoutes v = new VolunteerRoutes(volunteers, assignments);
        AssignmentRoutes a = new AssignmentRoutes(assignments, hours);
        Set<Role> leaders = Set.of(Role.COORDINATOR, Role.UNIT_LEADER);
        this.routes = Routes.of("volunteers", Set.of(Role.COORDINATOR))
                .get("/organisations", o::list)
                .post("/organisations", o::create)
                .get("/organisations/{id}", o::find)
                .put("/organisations/{id}", o::update)
                .delete("/organisations/{id}", o::delete)
                .get("/volunteers", v::list)
                .post("/volunteers", v::create)
                .get("/volunteers/{id}", v::profile)
                .put("/volunteers/{id}", v::update)
                .post("/volunteers/{id}/status", v::status)
                .get("/volunteers/{id}/export", v::export)
                .post("/volunteers/{id}/erase", v::erase)
                .get("/volunteers/{id}/matches", v::matches)
                .get("/volunteers/{id}/placements", v::placements)
                .get("/assignments", a::list)
                .post("/assignments", leaders, a::create)
                .get("/assignments/{id}", a::find)
                .put("/assignments/{id}", leaders, a::update)
                .delete("/assignments/{id}", leaders, a::delete)
                .get("/assignments/{id}/volunteers", a::placements)
                .post("/assignments/{id}/volunteers", a::assign)
                .delete("/assignments/{id}/volunteers/{volunteerId}", a::unassign)
                .get("/assignments/{id}/matches", a::matches)
                .get("/assignments/{id}/hours", a::hours)
                .get("/matches", this::matches)
                .post("/hours", leaders, this::logHours)
                .delete("/hours/{id}", leaders, r -> {
                    hours.delete(r.id("id"), r.user());
                    return ApiResponse.noContent();
                })
                .get("/report", this::report)
                .get("/steps", r -> ApiResponse.ok(assignments.steps()))
                .get("/contacts", r -> ApiResponse.ok(assignments.contacts()))
                .put("/contacts/{unitId}", leaders, this::setContact)
                .delete("/contacts/{unitId}", leaders, r -> {
                    assignments.removeContact(r.id("unitId"), r.user());
                    return ApiResponse.noContent();
                })
                .get("/reminders", r -> ApiResponse.ok(r.query("days").isEmpty() && r.query("months").isEmpty() ? volunteers.reminders(r.user())
                        : volunteers.reminders(r.intQuery("days").orElse(30), r.intQuery("months").orElse(6), r.user())))
                .post("/import", this::importFile);
    }

    @Override
    public Routes routes() {
        return routes;
    }

    private ApiResponse matches(RouteRequest r) {
        if (r.query("assignment").isPresent()) {
            return ApiResponse.ok(assignments.matches(r.longQuery("assignment").orElseThrow(), r.user()));
        }
        if (r.query("volunteer").isPresent()) {
            return ApiResponse.ok(assignments.suitable(r.longQuery("volunteer").orElseThrow(), r.user()));
        }
        throw InvalidInputException.field("assignment", Message.of("volunteers.api.matches",
                "Add ?assignment=ID (volunteers for it) or ?volunteer=ID (assignments for them)"));
    }

    private ApiResponse logHours(RouteRequest r) {
        Bodies.HoursRequest h = r.body(Bodies.HoursRequest.class);
        return ApiResponse.created(hours.log(new HoursDraft(Bodies.required(h.assignmentId(), "assignmentId"),
                Bodies.required(h.volunteerId(), "volunteerId"), h.date(), h.hours()), r.user()));
    }

    /** ?year= or ?from=&amp;to=; then ?unit= (with the units below it) or ?measure= (assignments serving the measure). */
    private ApiResponse report(RouteRequest r) {
        LocalDate from;
        LocalDate to;
        if (r.query("year").isPresent()) {
            int year = r.intQuery("year").orElseThrow();
            from = LocalDate.of(year, 1, 1);
            to = LocalDate.of(year, 12, 31);
        } else {
            from = date(r, "from");
            to = date(r, "to");
        }
        Optional<Long> measure = r.longQuery("measure");
        if (measure.isPresent()) {
            return ApiResponse.ok(hours.forMeasure(measure.get(), from, to));
        }
        return ApiResponse.ok(hours.report(from, to, r.longQuery("unit").orElse(null)));
    }

    private ApiResponse setContact(RouteRequest r) {
        UnitContact c = r.body(UnitContact.class);
        return ApiResponse.ok(assignments.setContact(new UnitContact(r.id("unitId"), c.username(), c.name(), c.email(), c.phone()), r.user()));
    }

    private ApiResponse importFile(RouteRequest r) {
        String k = r.query("kind").orElseThrow(() -> InvalidInputException.field("kind", Message.of("volunteers.api.kind.required",
                "Add ?kind=volunteers or ?kind=organisations")));
        ImportKind kind = ImportKind.parse(k).orElseThrow(() -> InvalidInputException.field("kind", Message.of("volunteers.api.kind",
                "kind is volunteers or organisations, not ''{0}''", k)));
        ImportFile file = new ImportFile(FileFormat.CSV, kind.id(), r.bodyBytes());
        ImportSummary summary = r.flag("dryRun") ? transfer.preview(file, r.user()) : transfer.commit(file, r.user());
        return new ApiResponse(summary.ok() ? 200 : 400, summary);
    }

    static LocalDate date(ApiRequest r, String name) {
        String v = r.query(name).orElseThrow(() -> InvalidInputException.field(name, Message.of("volunteers.api.date.required",
                "Add ?{0}=2026-01-31 (or ?year=2026)", name)));
        try {
            return LocalDate.parse(v.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.field(name, Message.of("volunteers.api.date", "{0} is a date such as 2026-01-31, not ''{1}''", name, v));
        }
    }

    static VolunteerStatus status(String v) {
        return VolunteerStatus.parse(v).orElseThrow(() -> InvalidInputException.field("status", Message.of("volunteers.api.status",
                "Unknown status ''{0}''", v)));
    }
}
