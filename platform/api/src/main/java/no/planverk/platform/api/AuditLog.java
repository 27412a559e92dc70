package no.planverk.platform.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The audit trail. Every service that changes data records the change here. */
@ProviderType
public interface AuditLog {

    /**
     * Records a change. {@code before} and {@code after} are records or DTOs (or {@code null}); they are
     * stored as JSON. Call it inside your own transaction where you can; it never throws for bad values.
     */
    void record(UserContext actor, String action, String entityType, Object entityId, Object before, Object after);

    List<AuditEntry> find(AuditQuery query);

    long count(AuditQuery query);
}
