package no.planverk.volunteers.core.internal.rest;

import no.planverk.platform.api.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import no.planverk.volunteers.api.AssignmentQuery;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.volunteers.api.HoursDraft;
import no.planverk.volunteers.api.HoursService;
import no.planverk.volunteers.api.ImportKind;
import no.planverk.volunteers.api.ImportSummary;
import no.planverk.volunteers.api.OrganisationService;
import no.planverk.volunteers.api.UnitContact;
import no.planverk.volunteers.api.VolunteerService;
import no.planverk.volunteers.api.VolunteerStatus;
import no.planverk.volunteers.api.VolunteerTransferService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/volunteers}: organisations, volunteers (with status, export, erase, matches), assignments
 * (with volunteers, matches, hours), matches, hours, report, contacts, reminders and import. The paths are
 * listed in the module README. Every role may call; the services check the rest.
 */
@Component(service = ApiEndpoint.class)
public class VolunteersEndpoint implements ApiEndpoint {

    private final OrganisationService organisations;
    private final VolunteerService volunteers;
    private final AssignmentService assignments;
    private final HoursService hours;
    private final VolunteerTransferService transfer;

    @Activate
    public VolunteersEndpoint(@Reference OrganisationService organisations, @Reference VolunteerService volunteers,
            @Reference AssignmentService assignments, @Reference HoursService hours, @Reference VolunteerTransferService transfer) {
        this.organisations = organisations;
        this.volunteers = volunteers;
        this.assignments = assignments;
        this.hours = hours;
        this.transfer = transfer;
    }

    @Override
    public String path() {
        return "volunteers";
    }

    /**
     * Coordinators write; unit leaders also change their units' assignments, contacts and hours (the services check
     * the unit). Placing volunteers on an assignment is for coordinators.
     */
    @Override
    public Set<Role> rolesFor(String method, List<String> segments) {
        if (method.equals("GET")) {
            return Set.of();
        }
        String first = segments.isEmpty() ? "" : segments.get(0);
        boolean placement = first.equals("assignments") && segments.size() > 2 && segments.get(2).equals("volunteers");
        boolean unitLeaders = List.of("assignments", "contacts", "hours").contains(first) && !placement;
        return unitLeaders ? Set.of(Role.COORDINATOR, Role.UNIT_LEADER) : Set.of(Role.COORDINATOR);
    }

    @Override
    public ApiResponse handle(ApiRequest r) {
        List<String> s = r.segments();
        if (s.isEmpty()) {
            throw new NotFoundException(Message.of("volunteers.api.paths", "Use /api/v1/volunteers/organisations, /volunteers, /assignments,"
                    + " /matches, /hours, /report, /contacts, /reminders or /import"));
        }
        return switch (s.get(0)) {
            case "organisations" -> new OrganisationRoutes(organisations).handle(r);
            case "volunteers" -> new VolunteerRoutes(volunteers, assignments).handle(r);
            case "assignments" -> new AssignmentRoutes(assignments, hours).handle(r);
            case "matches" -> only(r, "GET", () -> matches(r));
            case "hours" -> hours(r);
            case "report" -> only(r, "GET", () -> report(r));
            case "contacts" -> contacts(r);
            case "reminders" -> only(r, "GET", () -> ApiResponse.ok(r.query("days").isEmpty() && r.query("months").isEmpty()
                    ? volunteers.reminders(r.user()) : volunteers.reminders(r.intQuery("days").orElse(30), r.intQuery("months").orElse(6),
                    r.user())));
            case "import" -> only(r, "POST", () -> importFile(r));
            default -> throw notFound(r);
        };
    }

    private ApiResponse matches(ApiRequest r) {
        if (r.query("assignment").isPresent()) {
            return ApiResponse.ok(assignments.matches(r.longQuery("assignment").orElseThrow(), r.user()));
        }
        if (r.query("volunteer").isPresent()) {
            return ApiResponse.ok(assignments.suitable(r.longQuery("volunteer").orElseThrow(), r.user()));
        }
        throw InvalidInputException.field("assignment", Message.of("volunteers.api.matches",
                "Add ?assignment=ID (volunteers for it) or ?volunteer=ID (assignments for them)"));
    }

    private ApiResponse hours(ApiRequest r) {
        if (r.segments().size() == 1) {
            return only(r, "POST", () -> {
                Bodies.HoursRequest h = r.body(Bodies.HoursRequest.class);
                return ApiResponse.created(hours.log(new HoursDraft(Bodies.required(h.assignmentId(), "assignmentId"),
                        Bodies.required(h.volunteerId(), "volunteerId"), h.date(), h.hours()), r.user()));
            });
        }
        long id = r.longSegment(1, "id");
        return only(r, "DELETE", () -> {
            hours.delete(id, r.user());
            return ApiResponse.noContent();
        });
    }

    /** ?year= or ?from=&amp;to=; then ?unit= (with the units below it) or ?measure= (assignments serving the measure). */
    private ApiResponse report(ApiRequest r) {
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

    private ApiResponse contacts(ApiRequest r) {
        if (r.segments().size() == 1) {
            return only(r, "GET", () -> ApiResponse.ok(assignments.contacts()));
        }
        long unitId = r.longSegment(1, "unitId");
        return switch (r.method()) {
            case "PUT" -> {
                UnitContact c = r.body(UnitContact.class);
                yield ApiResponse.ok(assignments.setContact(new UnitContact(unitId, c.username(), c.name(), c.email(), c.phone()),
                        r.user()));
            }
            case "DELETE" -> {
                assignments.removeContact(unitId, r.user());
                yield ApiResponse.noContent();
            }
            default -> ApiResponse.methodNotAllowed(r.method(), "PUT, DELETE");
        };
    }

    private ApiResponse importFile(ApiRequest r) {
        String k = r.query("kind").orElseThrow(() -> InvalidInputException.field("kind", Message.of("volunteers.api.kind.required",
                "Add ?kind=volunteers or ?kind=organisations")));
        ImportKind kind = ImportKind.parse(k).orElseThrow(() -> InvalidInputException.field("kind", Message.of("volunteers.api.kind",
                "kind is volunteers or organisations, not ''{0}''", k)));
        boolean dryRun = r.query("dryRun").map(Boolean::parseBoolean).orElse(false);
        ImportSummary summary = dryRun ? transfer.preview(kind, r.bodyBytes(), r.user())
                : transfer.importData(kind, r.bodyBytes(), r.user());
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

    static NotFoundException notFound(ApiRequest r) {
        return new NotFoundException(Message.of("volunteers.api.unknown", "No such resource: /api/v1/volunteers/{0}",
                String.join("/", r.segments())));
    }

    static ApiResponse only(ApiRequest r, String method, Supplier<ApiResponse> answer) {
        return r.method().equals(method) ? answer.get() : ApiResponse.methodNotAllowed(r.method(), method);
    }

    static AssignmentQuery assignmentQuery(ApiRequest r) {
        return new AssignmentQuery(r.longQuery("unit").orElse(null), r.query("open").map(Boolean::parseBoolean).orElse(false),
                r.intQuery("step").orElse(null));
    }
}
