package no.planverk.platform.core.internal.http;

import java.util.List;
import java.util.Set;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.OrgUnitDraft;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/units}: GET lists, GET /{id} reads; POST creates, PUT /{id} (body with {@code version})
 * changes and DELETE /{id}?version=N removes, for admins.
 */
@Component(service = ApiEndpoint.class)
public class UnitsEndpoint implements ApiEndpoint {

    /** The body of a PUT: the draft's fields plus the version that was read. */
    record UnitChange(String code, String name, Long parentId, Long version) {
    }

    private final OrgUnitService units;

    @Activate
    public UnitsEndpoint(@Reference OrgUnitService units) {
        this.units = units;
    }

    @Override
    public String path() {
        return "units";
    }

    /** Writes are for admins. */
    @Override
    public Set<Role> rolesFor(String method, List<String> segments) {
        return method.equals("GET") ? Set.of() : Set.of(Role.ADMIN);
    }

    @Override
    public ApiResponse handle(ApiRequest r) {
        boolean one = !r.segments().isEmpty();
        return switch (r.method()) {
            case "GET" -> one
                    ? ApiResponse.ok(units.find(r.longSegment(0, "id"))
                            .orElseThrow(() -> NotFoundException.of("Organisation unit", r.segments().get(0))))
                    : ApiResponse.ok(units.list());
            case "POST" -> one ? ApiResponse.methodNotAllowed("POST", "GET, PUT, DELETE")
                    : ApiResponse.created(units.create(r.body(OrgUnitDraft.class), r.user()));
            case "PUT" -> {
                UnitChange c = r.body(UnitChange.class);
                if (c.version() == null) {
                    throw InvalidInputException.field("version", "Send the version you read, to guard against lost updates");
                }
                yield ApiResponse.ok(units.update(r.longSegment(0, "id"), c.version(),
                        new OrgUnitDraft(c.code(), c.name(), c.parentId()), r.user()));
            }
            case "DELETE" -> {
                long version = r.query("version").map(UnitsEndpoint::number).orElseThrow(
                        () -> InvalidInputException.field("version", "Add ?version=N: the version you read"));
                units.delete(r.longSegment(0, "id"), version, r.user());
                yield ApiResponse.noContent();
            }
            default -> ApiResponse.methodNotAllowed(r.method(), "GET, POST, PUT, DELETE");
        };
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw InvalidInputException.field("version", "version must be a number");
        }
    }
}
