package no.planverk.platform.core.internal.http;

import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import java.util.List;
import java.util.Set;
import no.planverk.platform.api.ModuleAdmin;
import no.planverk.platform.api.ModuleRegistry;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/modules}: the installed modules; {@code GET /modules/features}: every module feature and whether
 * it is installed; {@code POST /modules/features/{name}/install|uninstall} (admins).
 */
@Component(service = ApiEndpoint.class)
public class ModulesEndpoint implements ApiEndpoint {

    private final ModuleRegistry registry;
    private final ModuleAdmin admin;

    @Activate
    public ModulesEndpoint(@Reference ModuleRegistry registry, @Reference ModuleAdmin admin) {
        this.registry = registry;
        this.admin = admin;
    }

    @Override
    public String path() {
        return "modules";
    }

    /** Installing and uninstalling are for admins. */
    @Override
    public Set<Role> rolesFor(String method, List<String> segments) {
        return method.equals("GET") ? Set.of() : Set.of(Role.ADMIN);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        List<String> s = request.segments();
        if (s.isEmpty() || s.size() == 1 && s.get(0).equals("features")) {
            if (!request.method().equals("GET")) {
                return ApiResponse.methodNotAllowed(request.method(), "GET");
            }
            return ApiResponse.ok(s.isEmpty() ? registry.modules() : admin.features());
        }
        if (s.size() != 3 || !s.get(0).equals("features") || !List.of("install", "uninstall").contains(s.get(2))) {
            throw new NotFoundException("No such resource: /api/v1/modules/" + String.join("/", s));
        }
        if (!request.method().equals("POST")) {
            return ApiResponse.methodNotAllowed(request.method(), "POST");
        }
        if (s.get(2).equals("install")) {
            admin.install(s.get(1), request.user());
        } else {
            admin.uninstall(s.get(1), request.user());
        }
        return ApiResponse.ok(admin.features());
    }
}
