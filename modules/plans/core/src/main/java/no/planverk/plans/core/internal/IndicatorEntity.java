package no.planverk.plans.core.internal;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
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

    /** "2021=1.9;2022=2.0": few values per indicator, always read with it. */
    @Column(name = "ACTUALS", length = 4000)
    private String actuals;

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
        StringBuilder s = new StringBuilder();
        for (IndicatorValue v : d.actuals()) {
            s.append(s.length() == 0 ? "" : ";").append(v.year()).append('=').append(v.value());
        }
        actuals = s.length() == 0 ? null : s.toString();
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
        List<IndicatorValue> values = new ArrayList<>();
        if (actuals != null) {
            for (String pair : actuals.split(";")) {
                int eq = pair.indexOf('=');
                values.add(new IndicatorValue(Integer.parseInt(pair.substring(0, eq)), Double.parseDouble(pair.substring(eq + 1))));
            }
        }
        return new Indicator(id, goalId, name, unit, baselineYear, baselineValue, targetYear, targetValue, values, version);
    }
}
