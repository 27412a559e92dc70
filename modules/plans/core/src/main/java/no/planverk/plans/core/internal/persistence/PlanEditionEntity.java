package no.planverk.plans.core.internal.persistence;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;

/** A frozen version of a plan and its goals, as JSON. */
@Entity
@Table(name = "PV_PLAN_EDITION", indexes = @Index(name = "PV_PLAN_EDITION_PLAN", columnList = "PLAN_ID"))
public class PlanEditionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "PLAN_ID", nullable = false)
    private long planId;

    @Column(name = "LABEL", nullable = false, length = 300)
    private String label;

    /** UTC. */
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Lob
    @Column(name = "SNAPSHOT", nullable = false)
    private String snapshot;

    protected PlanEditionEntity() {
    }

    public PlanEditionEntity(long planId, String label, LocalDateTime createdAt, String snapshot) {
        this.planId = planId;
        this.label = label;
        this.createdAt = createdAt;
        this.snapshot = snapshot;
    }

    public Long id() {
        return id;
    }

    public long planId() {
        return planId;
    }

    public String label() {
        return label;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String snapshot() {
        return snapshot;
    }
}
