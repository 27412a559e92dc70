package no.planverk.platform.api.route;

import java.util.List;
import java.util.Set;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.Role;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An {@link ApiEndpoint} written as a list of {@link Routes}: its path, the roles of each call and the answer all come
 * from the table. Register it as an {@code ApiEndpoint} service; the platform authenticates, checks the roles the table
 * names before the body is read, and maps errors.
 */
@ConsumerType
public interface RoutedEndpoint extends ApiEndpoint {

    Routes routes();

    @Override
    default String path() {
        return routes().path();
    }

    @Override
    default Set<Role> rolesFor(String method, List<String> segments) {
        return routes().rolesFor(method, segments);
    }

    @Override
    default ApiResponse handle(ApiRequest request) {
        return routes().handle(request);
    }
}
