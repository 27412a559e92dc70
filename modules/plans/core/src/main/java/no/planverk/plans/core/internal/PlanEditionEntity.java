package no.planverk.plans.core.internal;

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

    PlanEditionEntity(long planId, String label, LocalDateTime createdAt, String snapshot) {
        this.planId = planId;
        this.label = label;
        this.createdAt = createdAt;
        this.snapshot = snapshot;
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    String label() {
        return label;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }

    String snapshot() {
        return snapshot;
    }
}
