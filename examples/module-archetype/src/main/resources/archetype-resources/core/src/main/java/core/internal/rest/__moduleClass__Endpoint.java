package ${package}.core.internal.rest;

import ${package}.api.ItemDraft;
import ${package}.api.${moduleClass}Service;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.route.RouteRequest;
import no.planverk.platform.api.route.RoutedEndpoint;
import no.planverk.platform.api.route.Routes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/${moduleId}}, as a table of routes: method, path pattern ({@code {id}} is a number, a 400 when it is not)
 * and handler. Planverk has authenticated the caller and checked the read role (any Planverk role) and the route's roles
 * (by default one above reader for anything but GET) before a handler runs; the service checks who may write and records
 * the audit trail. Planverk writes the records as JSON, answers an unknown path 404 and a known path with another method
 * 405, and turns the exceptions into its JSON errors (400 with the fields, 403, 404, 409).
 *
 * <pre>
 * GET  /api/v1/${moduleId}/items          every item, by name
 * POST /api/v1/${moduleId}/items          {"name","note"}: 201 with the item
 * GET  /api/v1/${moduleId}/items/{id}
 * PUT  /api/v1/${moduleId}/items/{id}     {"name","note","version"}: the version you read, 409 when someone saved first
 * </pre>
 */
@Component(service = ApiEndpoint.class)
public class ${moduleClass}Endpoint implements RoutedEndpoint {

    private final ${moduleClass}Service service;
    private final Routes routes;

    @Activate
    public ${moduleClass}Endpoint(@Reference ${moduleClass}Service service) {
        this.service = service;
        this.routes = Routes.of("${moduleId}")
                .get("/items", r -> ApiResponse.ok(service.list()))
                .post("/items", r -> ApiResponse.created(service.create(r.body(Change.class).draft(), r.user())))
                .get("/items/{id}", this::find)
                .put("/items/{id}", this::update);
    }

    @Override
    public Routes routes() {
        return routes;
    }

    private ApiResponse find(RouteRequest r) {
        long id = r.id("id");
        return ApiResponse.ok(service.find(id).orElseThrow(() -> NotFoundException.of("Item", id)));
    }

    private ApiResponse update(RouteRequest r) {
        Change c = r.body(Change.class);
        return ApiResponse.ok(service.update(r.id("id"), r.version(c.version()), c.draft(), r.user()));
    }

    /** The body of POST and PUT; {@code version} is needed for PUT. */
    public record Change(String name, String note, Long version) {

        ItemDraft draft() {
            return new ItemDraft(name, note);
        }
    }
}
