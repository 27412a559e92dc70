package no.planverk.volunteers.core.internal.rest;

import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.route.RouteRequest;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.volunteers.api.VolunteerService;

/**
 * The handlers of {@code /volunteers}: GET (?status=&amp;q=), POST; GET (the audited profile) and PUT /{id}; POST /{id}/status;
 * GET /{id}/export; POST /{id}/erase; GET /{id}/matches (suitable open assignments); GET /{id}/placements.
 */
final class VolunteerRoutes {

    private final VolunteerService volunteers;
    private final AssignmentService assignments;

    VolunteerRoutes(VolunteerService volunteers, AssignmentService assignments) {
        this.volunteers = volunteers;
        this.assignments = assignments;
    }

    ApiResponse list(RouteRequest r) {
        return ApiResponse.ok(volunteers.list(r.query("status").map(VolunteersEndpoint::status).orElse(null), r.query("q").orElse(null),
                r.user()));
    }

    ApiResponse create(RouteRequest r) {
        return ApiResponse.created(volunteers.create(r.body(Bodies.VolunteerChange.class).draft(), r.user()));
    }

    ApiResponse profile(RouteRequest r) {
        return ApiResponse.ok(volunteers.profile(r.id("id"), r.user()));
    }

    ApiResponse update(RouteRequest r) {
        Bodies.VolunteerChange c = r.body(Bodies.VolunteerChange.class);
        return ApiResponse.ok(volunteers.update(r.id("id"), r.version(c.version()), c.draft(), r.user()));
    }

    ApiResponse status(RouteRequest r) {
        Bodies.StatusChange c = r.body(Bodies.StatusChange.class);
        return ApiResponse.ok(volunteers.changeStatus(r.id("id"), r.version(c.version()), c.parsed(), r.user()));
    }

    ApiResponse export(RouteRequest r) {
        return ApiResponse.ok(volunteers.export(r.id("id"), r.user()));
    }

    ApiResponse erase(RouteRequest r) {
        volunteers.erase(r.id("id"), r.user());
        return ApiResponse.noContent();
    }

    ApiResponse matches(RouteRequest r) {
        return ApiResponse.ok(assignments.suitable(r.id("id"), r.user()));
    }

    ApiResponse placements(RouteRequest r) {
        return ApiResponse.ok(assignments.placementsOf(r.id("id"), r.user()));
    }
}
