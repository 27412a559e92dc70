package no.planverk.platform.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.planverk.platform.api.AuditEntry;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.AuditQuery;
import no.planverk.platform.api.UserContext;

/** Keeps audit calls in memory so tests can check that every change is recorded. */
public final class RecordingAudit implements AuditLog {

    public record Call(String actor, String action, String type, Object id) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    @Override
    public void record(UserContext actor, String action, String entityType, Object entityId, Object before, Object after) {
        calls.add(new Call(actor.username(), action, entityType, entityId));
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        return List.of();
    }

    @Override
    public long count(AuditQuery query) {
        return calls.size();
    }

    public List<Call> calls() {
        return calls;
    }
}
