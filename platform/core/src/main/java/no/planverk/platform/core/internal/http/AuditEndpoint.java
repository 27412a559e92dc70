package no.planverk.platform.core.internal.http;

import java.util.List;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.AuditEntry;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.AuditQuery;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.route.RoutedEndpoint;
import no.planverk.platform.api.route.Routes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/v1/audit?type=&actor=&offset=&limit=}: the audit trail, for admins. */
@Component(service = ApiEndpoint.class)
public class AuditEndpoint implements RoutedEndpoint {

    record Page(long total, int offset, int limit, List<AuditEntry> entries) {
    }

    private final Routes routes;

    @Activate
    public AuditEndpoint(@Reference AuditLog audit) {
        this.routes = Routes.of("audit").get("", r -> {
            AuditQuery q = new AuditQuery(r.query("type").orElse(null), r.query("actor").orElse(null), r.intQuery("offset").orElse(0),
                    r.intQuery("limit").orElse(50));
            return ApiResponse.ok(new Page(audit.count(q), q.offset(), q.limit(), audit.find(q)));
        });
    }

    @Override
    public Routes routes() {
        return routes;
    }

    @Override
    public Role readRole() {
        return Role.ADMIN;
    }
}
