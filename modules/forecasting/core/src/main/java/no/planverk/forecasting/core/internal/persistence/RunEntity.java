package no.planverk.forecasting.core.internal.persistence;

import java.time.LocalDateTime;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;
import no.planverk.forecasting.api.ModelVersion;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.RunLink;

/** A saved run: its spec as JSON; its inputs are {@link RunInputEntity} rows, its links {@link RunLinkEntity} rows. */
@Entity
@Table(name = "PV_FORECAST_RUN")
public class RunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_FORECAST_RUN_IDS")
    @TableGenerator(name = "PV_FORECAST_RUN_IDS", table = "PV_FORECAST_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_FORECAST_RUN", allocationSize = 10)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = InputEntity.MAX_NAME)
    private String name;

    @Column(name = "NAME_LC", nullable = false, length = InputEntity.MAX_NAME)
    private String nameLc;

    @Column(name = "DESCRIPTION", length = InputEntity.MAX_DESCRIPTION)
    private String description;

    @Column(name = "BASE_YEAR", nullable = false)
    private int baseYear;

    @Column(name = "HORIZON", nullable = false)
    private int horizon;

    @Column(name = "SCENARIOS", nullable = false, length = 1000)
    @Convert(converter = ScenarioList.class)
    private List<String> scenarios;

    @Lob
    @Column(name = "SPEC", nullable = false, length = 1_000_000)
    private String spec;

    @Column(name = "CREATED", nullable = false)
    private LocalDateTime created; // UTC

    @Column(name = "CREATED_BY", nullable = false, length = 100)
    private String createdBy;

    /** The model definition the run was saved with ({@link ModelVersion#number()}); null for runs saved before it was stored. */
    @Column(name = "MODEL_VERSION")
    private Integer modelVersion;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected RunEntity() {
    }

    RunEntity(int baseYear, int horizon, List<String> scenarios, String spec, ModelVersion modelVersion, String createdBy,
            LocalDateTime created) {
        this.baseYear = baseYear;
        this.modelVersion = modelVersion.number();
        this.horizon = horizon;
        this.scenarios = List.copyOf(scenarios);
        this.spec = spec;
        this.createdBy = createdBy.length() > 100 ? createdBy.substring(0, 100) : createdBy;
        this.created = created;
    }

    public void name(String name, String description) {
        this.name = name;
        this.nameLc = name.toLowerCase(java.util.Locale.ROOT);
        this.description = description;
    }

    long id() {
        return id;
    }

    public long version() {
        return version;
    }

    String spec() {
        return spec;
    }

    ModelVersion modelVersion() {
        return ModelVersion.of(modelVersion);
    }

    public RunInfo info(List<RunLink> links) {
        return new RunInfo(id, name, description, baseYear, horizon, scenarios, links, created, createdBy, version,
                modelVersion());
    }
}
