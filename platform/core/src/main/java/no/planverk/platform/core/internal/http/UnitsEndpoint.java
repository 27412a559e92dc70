package no.planverk.platform.core.internal.http;

import java.util.Set;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.OrgUnitDraft;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.route.RouteRequest;
import no.planverk.platform.api.route.RoutedEndpoint;
import no.planverk.platform.api.route.Routes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/units}: GET lists, GET /{id} reads; POST creates, PUT /{id} (body with {@code version})
 * changes and DELETE /{id}?version=N removes, for admins.
 */
@Component(service = ApiEndpoint.class)
public class UnitsEndpoint implements RoutedEndpoint {

    /** The body of a PUT: the draft's fields plus the version that was read. */
    record UnitChange(String code, String name, Long parentId, Long version) {
    }

    private final OrgUnitService units;
    private final Routes routes;

    /** Writes are for admins. */
    @Activate
    public UnitsEndpoint(@Reference OrgUnitService units) {
        this.units = units;
        this.routes = Routes.of("units", Set.of(Role.ADMIN))
                .get("", r -> ApiResponse.ok(units.list()))
                .post("", r -> ApiResponse.created(units.create(r.body(OrgUnitDraft.class), r.user())))
                .get("/{id}", this::find)
                .put("/{id}", this::update)
                .delete("/{id}", this::delete);
    }

    @Override
    public Routes routes() {
        return routes;
    }

    private ApiResponse find(RouteRequest r) {
        return ApiResponse.ok(units.find(r.id("id")).orElseThrow(() -> NotFoundException.of("Organisation unit", r.id("id"))));
    }

    private ApiResponse update(RouteRequest r) {
        UnitChange c = r.body(UnitChange.class);
        return ApiResponse.ok(units.update(r.id("id"), r.version(c.version()), new OrgUnitDraft(c.code(), c.name(), c.parentId()), r.user()));
    }

    private ApiResponse delete(RouteRequest r) {
        units.delete(r.id("id"), r.version(), r.user());
        return ApiResponse.noContent();
    }
}
