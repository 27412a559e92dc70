package no.planverk.platform.core.internal.http;

import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.ModuleRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/v1/modules}: the installed modules. */
@Component(service = ApiEndpoint.class)
public class ModulesEndpoint implements ApiEndpoint {

    private final ModuleRegistry registry;

    @Activate
    public ModulesEndpoint(@Reference ModuleRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String path() {
        return "modules";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (!request.method().equals("GET")) {
            return ApiResponse.methodNotAllowed(request.method(), "GET");
        }
        return ApiResponse.ok(registry.modules());
    }
}
