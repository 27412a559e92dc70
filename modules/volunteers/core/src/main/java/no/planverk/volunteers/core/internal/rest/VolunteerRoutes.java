package no.planverk.volunteers.core.internal.rest;

import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.volunteers.api.VolunteerService;

/**
 * {@code /volunteers}: GET (?status=&amp;q=), POST; GET (the audited profile) and PUT /{id}; POST /{id}/status;
 * GET /{id}/export; POST /{id}/erase; GET /{id}/matches (suitable open assignments); GET /{id}/placements.
 */
final class VolunteerRoutes {

    private final VolunteerService volunteers;
    private final AssignmentService assignments;

    VolunteerRoutes(VolunteerService volunteers, AssignmentService assignments) {
        this.volunteers = volunteers;
        this.assignments = assignments;
    }

    ApiResponse handle(ApiRequest r) {
        if (r.segments().size() == 1) {
            return switch (r.method()) {
                case "GET" -> ApiResponse.ok(volunteers.list(r.query("status").map(VolunteersEndpoint::status).orElse(null),
                        r.query("q").orElse(null), r.user()));
                case "POST" -> ApiResponse.created(volunteers.create(r.body(Bodies.VolunteerChange.class).draft(), r.user()));
                default -> ApiResponse.methodNotAllowed(r.method(), "GET, POST");
            };
        }
        long id = r.longSegment(1, "id");
        if (r.segments().size() == 2) {
            return switch (r.method()) {
                case "GET" -> ApiResponse.ok(volunteers.profile(id, r.user()));
                case "PUT" -> {
                    Bodies.VolunteerChange c = r.body(Bodies.VolunteerChange.class);
                    yield ApiResponse.ok(volunteers.update(id, Bodies.version(c.version()), c.draft(), r.user()));
                }
                default -> ApiResponse.methodNotAllowed(r.method(), "GET, PUT");
            };
        }
        if (r.segments().size() > 3) {
            throw VolunteersEndpoint.notFound(r);
        }
        return switch (r.segments().get(2)) {
            case "status" -> VolunteersEndpoint.only(r, "POST", () -> {
                Bodies.StatusChange c = r.body(Bodies.StatusChange.class);
                return ApiResponse.ok(volunteers.changeStatus(id, Bodies.version(c.version()), c.parsed(), r.user()));
            });
            case "export" -> VolunteersEndpoint.only(r, "GET", () -> ApiResponse.ok(volunteers.export(id, r.user())));
            case "erase" -> VolunteersEndpoint.only(r, "POST", () -> {
                volunteers.erase(id, r.user());
                return ApiResponse.noContent();
            });
            case "matches" -> VolunteersEndpoint.only(r, "GET", () -> ApiResponse.ok(assignments.suitable(id, r.user())));
            case "placements" -> VolunteersEndpoint.only(r, "GET", () -> ApiResponse.ok(assignments.placementsOf(id, r.user())));
            default -> throw VolunteersEndpoint.notFound(r);
        };
    }
}
