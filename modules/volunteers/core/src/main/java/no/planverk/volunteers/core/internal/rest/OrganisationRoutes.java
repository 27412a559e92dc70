package no.planverk.volunteers.core.internal.rest;

import no.planverk.platform.api.Message;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.volunteers.api.OrganisationService;

/** {@code /organisations}: GET (?q=), POST; GET, PUT and DELETE (?version=) /{id}. */
final class OrganisationRoutes {

    private final OrganisationService organisations;

    OrganisationRoutes(OrganisationService organisations) {
        this.organisations = organisations;
    }

    ApiResponse handle(ApiRequest r) {
        if (r.segments().size() == 1) {
            return switch (r.method()) {
                case "GET" -> ApiResponse.ok(organisations.list(r.query("q").orElse(null)));
                case "POST" -> ApiResponse.created(organisations.create(r.body(Bodies.OrganisationChange.class).draft(), r.user()));
                default -> ApiResponse.methodNotAllowed(r.method(), "GET, POST");
            };
        }
        if (r.segments().size() > 2) {
            throw VolunteersEndpoint.notFound(r);
        }
        long id = r.longSegment(1, "id");
        return switch (r.method()) {
            case "GET" -> ApiResponse.ok(organisations.find(id).orElseThrow(() -> new NotFoundException(Message.of("volunteers.organisation.notFound", "Organisation {0} was not found", String.valueOf(id)))));
            case "PUT" -> {
                Bodies.OrganisationChange c = r.body(Bodies.OrganisationChange.class);
                yield ApiResponse.ok(organisations.update(id, Bodies.version(c.version()), c.draft(), r.user()));
            }
            case "DELETE" -> {
                organisations.delete(id, r.longQuery("version").orElseThrow(() -> InvalidInputException.field("version",
                        Message.of("volunteers.version.query", "Add ?version=N: the version you read"))), r.user());
                yield ApiResponse.noContent();
            }
            default -> ApiResponse.methodNotAllowed(r.method(), "GET, PUT, DELETE");
        };
    }
}
