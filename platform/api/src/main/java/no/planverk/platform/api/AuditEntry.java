package no.planverk.platform.api;

import java.time.Instant;

/**
 * One change: who, when, what (action on entity type and id) and the record before and after,
 * as JSON text ({@code null} for create/delete sides).
 */
public record AuditEntry(long id, Instant time, String actor, String action, String entityType, String entityId,
        String before, String after) {
}
