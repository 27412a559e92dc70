package no.planverk.platform.api;

/** Filter and page for the audit trail, newest first. Blank filters match everything. */
public record AuditQuery(String entityType, String actor, int offset, int limit) {

    public AuditQuery {
        if (offset < 0) {
            throw InvalidInputException.field("offset", Message.of("platform.audit.offset", "offset must be 0 or more."));
        }
        if (limit < 1 || limit > 1000) {
            throw InvalidInputException.field("limit", Message.of("platform.audit.limit", "limit must be between 1 and 1000."));
        }
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, 0, limit);
    }
}
