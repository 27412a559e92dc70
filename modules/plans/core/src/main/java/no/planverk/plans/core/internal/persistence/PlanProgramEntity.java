package no.planverk.plans.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

/** A plan's planprogram, kept as one JSON document: it is read and saved as a whole. */
@Entity
@Table(name = "PV_PLAN_PROGRAM")
public class PlanProgramEntity {

    @Id
    @Column(name = "PLAN_ID")
    private Long planId;

    @Lob
    @Column(name = "CONTENT", nullable = false)
    private String content;

    @Version
    @Column(name = "ROW_VERSION")
    private long version;

    protected PlanProgramEntity() {
    }

    public PlanProgramEntity(long planId, String content) {
        this.planId = planId;
        this.content = content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String content() {
        return content;
    }

    public long version() {
        return version;
    }
}
