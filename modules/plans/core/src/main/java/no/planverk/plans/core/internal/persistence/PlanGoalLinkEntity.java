package no.planverk.plans.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A plan serves a goal of a higher plan (a theme plan carries out a KDP goal). */
@Entity
@Table(name = "PV_PLAN_SERVES", indexes = {@Index(name = "PV_PLAN_SERVES_PLAN", columnList = "PLAN_ID"),
        @Index(name = "PV_PLAN_SERVES_GOAL", columnList = "GOAL_ID")})
public class PlanGoalLinkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_PLAN_SERVES_IDS")
    @TableGenerator(name = "PV_PLAN_SERVES_IDS", table = "PV_PLANS_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_PLAN_SERVES", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "PLAN_ID", nullable = false)
    private long planId;

    @Column(name = "GOAL_ID", nullable = false)
    private long goalId;

    protected PlanGoalLinkEntity() {
    }

    public PlanGoalLinkEntity(long planId, long goalId) {
        this.planId = planId;
        this.goalId = goalId;
    }

    public long planId() {
        return planId;
    }

    public long goalId() {
        return goalId;
    }
}
