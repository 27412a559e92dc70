package no.planverk.platform.core.internal.http;

import java.util.List;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.route.RoutedEndpoint;
import no.planverk.platform.api.route.Routes;
import org.osgi.service.component.annotations.Component;

/** {@code GET /api/v1/me}: who the caller is and which roles they have. */
@Component(service = ApiEndpoint.class)
public class MeEndpoint implements RoutedEndpoint {

    record Me(String username, List<String> roles, List<String> units) {
    }

    private final Routes routes = Routes.of("me").get("", r -> ApiResponse.ok(new Me(r.user().username(),
            r.user().roles().stream().map(Role::id).sorted().toList(), r.user().units().stream().sorted().toList())));

    @Override
    public Routes routes() {
        return routes;
    }
}
