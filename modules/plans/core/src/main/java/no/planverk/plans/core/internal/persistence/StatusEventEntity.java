package no.planverk.plans.core.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.StatusEvent;

@Entity
@Table(name = "PV_PLAN_STATUS", indexes = @Index(name = "PV_PLAN_STATUS_PLAN", columnList = "PLAN_ID"))
public class StatusEventEntity {

    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_PLAN_STATUS_IDS")
    @TableGenerator(name = "PV_PLAN_STATUS_IDS", table = "PV_PLANS_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_PLAN_STATUS", allocationSize = 500)
    @Column(name = "ID")
    private Long id;

    @Column(name = "PLAN_ID", nullable = false)
    private long planId;

    @Column(name = "STATUS", nullable = false, length = 30)
    private String status;

    @Column(name = "EVENT_DATE")
    private LocalDate date;

    @Column(name = "NOTE", length = MAX_NOTE)
    private String note;

    @Column(name = "ACTOR", nullable = false, length = 200)
    private String actor;

    /** UTC. */
    @Column(name = "RECORDED_AT", nullable = false)
    private LocalDateTime at;

    protected StatusEventEntity() {
    }

    public StatusEventEntity(long planId, PlanStatus status, LocalDate date, String note, String actor, Instant at) {
        this.planId = planId;
        this.status = status.id();
        this.date = date;
        this.note = note;
        this.actor = actor;
        this.at = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** A new row for an import's JDBC batches ({@link NewPlanRows}). */
    static final String INSERT = "INSERT INTO PV_PLAN_STATUS (ID, PLAN_ID, STATUS, EVENT_DATE, NOTE, ACTOR, RECORDED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)";

    Object[] insertValues(long newId) {
        return new Object[] {newId, planId, status, NewPlanRows.date(date), note, actor, java.sql.Timestamp.valueOf(at)};
    }

    public StatusEvent toRecord() {
        return new StatusEvent(id, planId, PlanStatus.parse(status).orElseThrow(), date, note, actor, at.toInstant(ZoneOffset.UTC));
    }
}
