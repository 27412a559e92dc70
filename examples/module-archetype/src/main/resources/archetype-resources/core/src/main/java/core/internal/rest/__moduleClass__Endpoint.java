package ${package}.core.internal.rest;

import java.util.List;
import ${package}.api.ItemDraft;
import ${package}.api.${moduleClass}Service;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/${moduleId}}. Planverk has authenticated the caller and checked the read role (any Planverk role) before
 * {@link ApiEndpoint#handle}; the service checks who may write and records the audit trail. Planverk writes the records
 * as JSON and turns the exceptions into its JSON errors (400 with the fields, 403, 404, 409).
 *
 * <pre>
 * GET  /api/v1/${moduleId}/items          every item, by name
 * POST /api/v1/${moduleId}/items          {"name","note"}: 201 with the item
 * GET  /api/v1/${moduleId}/items/{id}
 * PUT  /api/v1/${moduleId}/items/{id}     {"name","note","version"}: the version you read, 409 when someone saved first
 * </pre>
 */
@Component(service = ApiEndpoint.class)
public class ${moduleClass}Endpoint implements ApiEndpoint {

    private final ${moduleClass}Service service;

    @Activate
    public ${moduleClass}Endpoint(@Reference ${moduleClass}Service service) {
        this.service = service;
    }

    @Override
    public String path() {
        return "${moduleId}";
    }

    @Override
    public ApiResponse handle(ApiRequest r) {
        List<String> s = r.segments();
        if (s.isEmpty() || !s.get(0).equals("items") || s.size() > 2) {
            throw new NotFoundException("No such path: /api/v1/${moduleId}/" + String.join("/", s) + "; use /api/v1/${moduleId}/items");
        }
        if (s.size() == 1) {
            return switch (r.method()) {
                case "GET" -> ApiResponse.ok(service.list());
                case "POST" -> ApiResponse.created(service.create(r.body(Change.class).draft(), r.user()));
                default -> ApiResponse.methodNotAllowed(r.method(), "GET, POST");
            };
        }
        long id = r.longSegment(1, "id");
        return switch (r.method()) {
            case "GET" -> ApiResponse.ok(service.find(id).orElseThrow(() -> NotFoundException.of("Item", id)));
            case "PUT" -> {
                Change c = r.body(Change.class);
                if (c.version() == null) {
                    throw InvalidInputException.field("version", "Send the version you read, to guard against lost updates");
                }
                yield ApiResponse.ok(service.update(id, c.version(), c.draft(), r.user()));
            }
            default -> ApiResponse.methodNotAllowed(r.method(), "GET, PUT");
        };
    }

    /** The body of POST and PUT; {@code version} is needed for PUT. */
    public record Change(String name, String note, Long version) {

        ItemDraft draft() {
            return new ItemDraft(name, note);
        }
    }
}
