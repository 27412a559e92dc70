package no.planverk.forecasting.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A saved run cited by a goal or a measure of another module. */
@Entity
@Table(name = "PV_FORECAST_RUN_LINK", indexes = {@Index(name = "PV_FORECAST_RUN_LINK_RUN", columnList = "RUN_ID"),
        @Index(name = "PV_FORECAST_RUN_LINK_TARGET", columnList = "KIND,TARGET_ID")})
public class RunLinkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_FORECAST_RUN_LINK_IDS")
    @TableGenerator(name = "PV_FORECAST_RUN_LINK_IDS", table = "PV_FORECAST_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_FORECAST_RUN_LINK", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "RUN_ID", nullable = false)
    private long runId;

    @Column(name = "KIND", nullable = false, length = 20)
    private String kind;

    @Column(name = "TARGET_ID", nullable = false)
    private long targetId;

    protected RunLinkEntity() {
    }

    RunLinkEntity(long runId, String kind, long targetId) {
        this.runId = runId;
        this.kind = kind;
        this.targetId = targetId;
    }

    long runId() {
        return runId;
    }

    String kind() {
        return kind;
    }

    long targetId() {
        return targetId;
    }
}
