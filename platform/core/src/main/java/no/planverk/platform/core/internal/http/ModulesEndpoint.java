package no.planverk.platform.core.internal.http;

import java.util.Set;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.ModuleAdmin;
import no.planverk.platform.api.ModuleRegistry;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.route.RoutedEndpoint;
import no.planverk.platform.api.route.Routes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/modules}: the installed modules; {@code GET /modules/features}: every module feature and whether
 * it is installed; {@code POST /modules/features/{name}/install|uninstall} (admins).
 */
@Component(service = ApiEndpoint.class)
public class ModulesEndpoint implements RoutedEndpoint {

    private final Routes routes;

    /** Installing and uninstalling are for admins. */
    @Activate
    public ModulesEndpoint(@Reference ModuleRegistry registry, @Reference ModuleAdmin admin) {
        this.routes = Routes.of("modules", Set.of(Role.ADMIN))
                .get("", r -> ApiResponse.ok(registry.modules()))
                .get("/features", r -> ApiResponse.ok(admin.features()))
                .post("/features/{name:text}/install", r -> {
                    admin.install(r.text("name"), r.user());
                    return ApiResponse.ok(admin.features());
                })
                .post("/features/{name:text}/uninstall", r -> {
                    admin.uninstall(r.text("name"), r.user());
                    return ApiResponse.ok(admin.features());
                });
    }

    @Override
    public Routes routes() {
        return routes;
    }
}
