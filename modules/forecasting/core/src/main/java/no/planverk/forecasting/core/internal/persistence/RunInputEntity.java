package no.planverk.forecasting.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import no.planverk.forecasting.api.InputKind;

/** A saved run's copy of one input, as canonical CSV, so later edits of the stored input do not change the run. */
@Entity
@Table(name = "PV_FORECAST_RUN_INPUT", indexes = @Index(name = "PV_FORECAST_RUN_INPUT_RUN", columnList = "RUN_ID"))
public class RunInputEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_FORECAST_RUN_INPUT_IDS")
    @TableGenerator(name = "PV_FORECAST_RUN_INPUT_IDS", table = "PV_FORECAST_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_FORECAST_RUN_INPUT", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "RUN_ID", nullable = false)
    private long runId;

    @Column(name = "KIND", nullable = false, length = 20)
    private String kind;

    @Lob
    @Column(name = "CONTENT", nullable = false, length = InputEntity.MAX_CONTENT)
    private String content;

    /** The SSB source of the copied input as JSON ({@link Sources}); null for Planverk's CSV and runs saved before sources. */
    @Column(name = "SOURCE", length = Sources.MAX)
    private String source;

    protected RunInputEntity() {
    }

    RunInputEntity(long runId, InputKind kind, String content, no.planverk.forecasting.api.InputSource source) {
        this.runId = runId;
        this.kind = kind.id();
        this.content = content;
        this.source = Sources.write(source);
    }

    no.planverk.forecasting.api.InputSource source() {
        return Sources.read(source);
    }

    InputKind kind() {
        return InputKind.parse(kind).orElseThrow();
    }

    String content() {
        return content;
    }
}
