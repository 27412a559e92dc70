package no.planverk.platform.persistence.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import no.planverk.platform.api.AuditEntry;

/** Append-only: never updated, so no version column. Times are stored in UTC. */
@Entity
@Table(name = "PV_AUDIT", indexes = @Index(name = "PV_AUDIT_TIME", columnList = "EVENT_TIME"))
public class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "EVENT_TIME", nullable = false)
    private LocalDateTime time;

    @Column(name = "ACTOR", nullable = false, length = 200)
    private String actor;

    @Column(name = "ACTION_NAME", nullable = false, length = 60)
    private String action;

    @Column(name = "ENTITY_TYPE", nullable = false, length = 100)
    private String entityType;

    @Column(name = "ENTITY_ID", length = 100)
    private String entityId;

    @Lob
    @Column(name = "BEFORE_JSON")
    private String before;

    @Lob
    @Column(name = "AFTER_JSON")
    private String after;

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(Instant time, String actor, String action, String entityType, String entityId, String before,
            String after) {
        this.time = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.before = before;
        this.after = after;
    }

    AuditEntry toRecord() {
        return new AuditEntry(id, time.toInstant(ZoneOffset.UTC), actor, action, entityType, entityId, before, after);
    }
}
