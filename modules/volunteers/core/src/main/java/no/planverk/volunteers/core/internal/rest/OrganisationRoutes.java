package no.planverk.volunteers.core.internal.rest;

import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.route.RouteRequest;
import no.planverk.volunteers.api.OrganisationService;

/** The handlers of {@code /organisations}: GET (?q=), POST; GET, PUT and DELETE (?version=) /{id}. */
final class OrganisationRoutes {

    private final OrganisationService organisations;

    OrganisationRoutes(OrganisationService organisations) {
        this.organisations = organisations;
    }

    ApiResponse list(RouteRequest r) {
        return ApiResponse.ok(organisations.list(r.query("q").orElse(null)));
    }

    ApiResponse create(RouteRequest r) {
        return ApiResponse.created(organisations.create(r.body(Bodies.OrganisationChange.class).draft(), r.user()));
    }

    ApiResponse find(RouteRequest r) {
        long id = r.id("id");
        return ApiResponse.ok(organisations.find(id).orElseThrow(() -> new NotFoundException(Message.of("volunteers.organisation.notFound",
                "Organisation {0} was not found", String.valueOf(id)))));
    }

    ApiResponse update(RouteRequest r) {
        Bodies.OrganisationChange c = r.body(Bodies.OrganisationChange.class);
        return ApiResponse.ok(organisations.update(r.id("id"), r.version(c.version()), c.draft(), r.user()));
    }

    ApiResponse delete(RouteRequest r) {
        organisations.delete(r.id("id"), r.version(), r.user());
        return ApiResponse.noContent();
    }
}
