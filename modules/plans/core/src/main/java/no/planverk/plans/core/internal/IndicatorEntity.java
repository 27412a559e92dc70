package no.planverk.plans.core.internal;

import java.util.Map;
import java.util.TreeMap;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;
import no.planverk.plans.api.Indicator;
import no.planverk.plans.api.IndicatorDraft;
import no.planverk.plans.api.IndicatorValue;

@Entity
@Table(name = "PV_INDICATOR", indexes = @Index(name = "PV_INDICATOR_GOAL", columnList = "GOAL_ID"))
public class IndicatorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_INDICATOR_IDS")
    @TableGenerator(name = "PV_INDICATOR_IDS", table = "PV_PLANS_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_INDICATOR", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "GOAL_ID", nullable = false)
    private long goalId;

    @Column(name = "INDICATOR_NAME", nullable = false, length = IndicatorDraft.MAX_NAME)
    private String name;

    @Column(name = "UNIT_LABEL", length = IndicatorDraft.MAX_UNIT)
    private String unit;

    @Column(name = "BASE_YEAR", nullable = false)
    private int baselineYear;

    @Column(name = "BASE_VALUE", nullable = false)
    private double baselineValue;

    @Column(name = "TARGET_YEAR", nullable = false)
    private int targetYear;

    @Column(name = "TARGET_VALUE", nullable = false)
    private double targetValue;

    /** Actual value by year: few per indicator, always read with it (schema 2 moved them out of a text column). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PV_INDICATOR_ACTUAL", joinColumns = @JoinColumn(name = "INDICATOR_ID"))
    @MapKeyColumn(name = "ACTUAL_YEAR")
    @Column(name = "ACTUAL_VALUE", nullable = false)
    private Map<Integer, Double> actuals = new TreeMap<>();

    @Version
    @Column(name = "ROW_VERSION")
    private long version;

    protected IndicatorEntity() {
    }

    IndicatorEntity(IndicatorDraft draft) {
        apply(draft);
    }

    void apply(IndicatorDraft d) {
        goalId = d.goalId();
        name = d.name();
        unit = d.unit();
        baselineYear = d.baselineYear();
        baselineValue = d.baselineValue();
        targetYear = d.targetYear();
        targetValue = d.targetValue();
        actuals.clear();
        d.actuals().forEach(v -> actuals.put(v.year(), v.value()));
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long goalId() {
        return goalId;
    }

    Indicator toRecord() {
        var values = new TreeMap<>(actuals).entrySet().stream().map(e -> new IndicatorValue(e.getKey(), e.getValue())).toList();
        return new Indicator(id, goalId, name, unit, baselineYear, baselineValue, targetYear, targetValue, values, version);
    }
}
