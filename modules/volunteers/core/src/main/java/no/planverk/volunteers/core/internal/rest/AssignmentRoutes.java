package no.planverk.volunteers.core.internal.rest;

import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.route.RouteRequest;
import no.planverk.volunteers.api.AssignmentQuery;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.volunteers.api.HoursService;

/**
 * The handlers of {@code /assignments}: GET (?unit=&amp;open=true&amp;step=), POST; GET, PUT and DELETE (?version=) /{id};
 * GET and POST /{id}/volunteers; DELETE /{id}/volunteers/{volunteerId}; GET /{id}/matches; GET /{id}/hours.
 */
final class AssignmentRoutes {

    private final AssignmentService assignments;
    private final HoursService hours;

    AssignmentRoutes(AssignmentService assignments, HoursService hours) {
        this.assignments = assignments;
        this.hours = hours;
    }

    ApiResponse list(RouteRequest r) {
        return ApiResponse.ok(assignments.list(new AssignmentQuery(r.longQuery("unit").orElse(null), r.flag("open"),
                r.intQuery("step").orElse(null))));
    }

    ApiResponse create(RouteRequest r) {
        return ApiResponse.created(assignments.create(r.body(Bodies.AssignmentChange.class).draft(), r.user()));
    }

    ApiResponse find(RouteRequest r) {
        long id = r.id("id");
        return ApiResponse.ok(assignments.find(id).orElseThrow(() -> new NotFoundException(Message.of("volunteers.assignment.notFound",
                "Assignment {0} was not found", String.valueOf(id)))));
    }

    ApiResponse update(RouteRequest r) {
        Bodies.AssignmentChange c = r.body(Bodies.AssignmentChange.class);
        return ApiResponse.ok(assignments.update(r.id("id"), r.version(c.version()), c.draft(), r.user()));
    }

    ApiResponse delete(RouteRequest r) {
        assignments.delete(r.id("id"), r.version(), r.user());
        return ApiResponse.noContent();
    }

    ApiResponse placements(RouteRequest r) {
        return ApiResponse.ok(assignments.placements(r.id("id"), r.user()));
    }

    ApiResponse assign(RouteRequest r) {
        Bodies.PlacementRequest p = r.body(Bodies.PlacementRequest.class);
        return ApiResponse.created(assignments.assign(r.id("id"), Bodies.required(p.volunteerId(), "volunteerId"), p.from(), r.user()));
    }

    ApiResponse unassign(RouteRequest r) {
        assignments.unassign(r.id("id"), r.id("volunteerId"), r.user());
        return ApiResponse.noContent();
    }

    ApiResponse matches(RouteRequest r) {
        return ApiResponse.ok(assignments.matches(r.id("id"), r.user()));
    }

    ApiResponse hours(RouteRequest r) {
        return ApiResponse.ok(hours.forAssignment(r.id("id"), r.user()));
    }
}
