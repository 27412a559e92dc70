package no.planverk.volunteers.core.internal.rest;

import no.planverk.platform.api.Message;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.volunteers.api.HoursService;

/**
 * {@code /assignments}: GET (?unit=&amp;open=true&amp;step=), POST; GET, PUT and DELETE (?version=) /{id};
 * GET and POST /{id}/volunteers; DELETE /{id}/volunteers/{volunteerId}; GET /{id}/matches; GET /{id}/hours.
 */
final class AssignmentRoutes {

    private final AssignmentService assignments;
    private final HoursService hours;

    AssignmentRoutes(AssignmentService assignments, HoursService hours) {
        this.assignments = assignments;
        this.hours = hours;
    }

    ApiResponse handle(ApiRequest r) {
        if (r.segments().size() == 1) {
            return switch (r.method()) {
                case "GET" -> ApiResponse.ok(assignments.list(VolunteersEndpoint.assignmentQuery(r)));
                case "POST" -> ApiResponse.created(assignments.create(r.body(Bodies.AssignmentChange.class).draft(), r.user()));
                default -> ApiResponse.methodNotAllowed(r.method(), "GET, POST");
            };
        }
        long id = r.longSegment(1, "id");
        if (r.segments().size() == 2) {
            return switch (r.method()) {
                case "GET" -> ApiResponse.ok(assignments.find(id).orElseThrow(() -> new NotFoundException(Message.of("volunteers.assignment.notFound", "Assignment {0} was not found", String.valueOf(id)))));
                case "PUT" -> {
                    Bodies.AssignmentChange c = r.body(Bodies.AssignmentChange.class);
                    yield ApiResponse.ok(assignments.update(id, Bodies.version(c.version()), c.draft(), r.user()));
                }
                case "DELETE" -> {
                    assignments.delete(id, r.longQuery("version").orElseThrow(() -> InvalidInputException.field("version",
                            Message.of("volunteers.version.query", "Add ?version=N: the version you read"))), r.user());
                    yield ApiResponse.noContent();
                }
                default -> ApiResponse.methodNotAllowed(r.method(), "GET, PUT, DELETE");
            };
        }
        return switch (r.segments().get(2)) {
            case "volunteers" -> volunteers(r, id);
            case "matches" -> VolunteersEndpoint.only(r, "GET", () -> ApiResponse.ok(assignments.matches(id, r.user())));
            case "hours" -> VolunteersEndpoint.only(r, "GET", () -> ApiResponse.ok(hours.forAssignment(id, r.user())));
            default -> throw VolunteersEndpoint.notFound(r);
        };
    }

    private ApiResponse volunteers(ApiRequest r, long id) {
        if (r.segments().size() == 4) {
            long volunteerId = r.longSegment(3, "volunteerId");
            return VolunteersEndpoint.only(r, "DELETE", () -> {
                assignments.unassign(id, volunteerId, r.user());
                return ApiResponse.noContent();
            });
        }
        return switch (r.method()) {
            case "GET" -> ApiResponse.ok(assignments.placements(id, r.user()));
            case "POST" -> {
                Bodies.PlacementRequest p = r.body(Bodies.PlacementRequest.class);
                yield ApiResponse.created(assignments.assign(id, Bodies.required(p.volunteerId(), "volunteerId"), p.from(), r.user()));
            }
            default -> ApiResponse.methodNotAllowed(r.method(), "GET, POST");
        };
    }
}
