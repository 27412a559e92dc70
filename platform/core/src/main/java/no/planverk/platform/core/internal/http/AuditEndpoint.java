package no.planverk.platform.core.internal.http;

import java.util.List;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.AuditEntry;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.AuditQuery;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/v1/audit?type=&actor=&offset=&limit=}: the audit trail, for admins. */
@Component(service = ApiEndpoint.class)
public class AuditEndpoint implements ApiEndpoint {

    record Page(long total, int offset, int limit, List<AuditEntry> entries) {
    }

    private final AuditLog audit;

    @Activate
    public AuditEndpoint(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String path() {
        return "audit";
    }

    @Override
    public Role readRole() {
        return Role.ADMIN;
    }

    @Override
    public ApiResponse handle(ApiRequest r) {
        if (!r.method().equals("GET")) {
            return ApiResponse.methodNotAllowed(r.method(), "GET");
        }
        AuditQuery q = new AuditQuery(r.query("type").orElse(null), r.query("actor").orElse(null),
                number(r, "offset", 0), number(r, "limit", 50));
        return ApiResponse.ok(new Page(audit.count(q), q.offset(), q.limit(), audit.find(q)));
    }

    private static int number(ApiRequest r, String name, int fallback) {
        try {
            return r.query(name).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw InvalidInputException.field(name, name + " must be a whole number");
        }
    }
}
