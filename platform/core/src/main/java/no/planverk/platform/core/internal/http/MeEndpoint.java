package no.planverk.platform.core.internal.http;

import java.util.List;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.Role;
import org.osgi.service.component.annotations.Component;

/** {@code GET /api/v1/me}: who the caller is and which roles they have. */
@Component(service = ApiEndpoint.class)
public class MeEndpoint implements ApiEndpoint {

    record Me(String username, List<String> roles, List<String> units) {
    }

    @Override
    public String path() {
        return "me";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (!request.method().equals("GET")) {
            return ApiResponse.methodNotAllowed(request.method(), "GET");
        }
        return ApiResponse.ok(new Me(request.user().username(),
                request.user().roles().stream().map(Role::id).sorted().toList(),
                request.user().units().stream().sorted().toList()));
    }
}
