package no.planverk.plans.core.internal.persistence;

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
import no.planverk.plans.api.IndicatorSource;
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
    private Map<Integer, IndicatorActual> actuals = new TreeMap<>();

    @Column(name = "SOURCE_TABLE", length = IndicatorSource.MAX_CODE)
    private String sourceTable;

    @Column(name = "SOURCE_CONTENTS", length = IndicatorSource.MAX_CODE)
    private String sourceContents;

    @Column(name = "SOURCE_REGION", length = IndicatorSource.MAX_CODE)
    private String sourceRegion;

    /** The fixed categories, "Kjonn=0;Alder=080+". */
    @Column(name = "SOURCE_CATEGORIES", length = IndicatorSource.MAX_CATEGORIES)
    private String sourceCategories;

    @Version
    @Column(name = "ROW_VERSION")
    private long version;

    protected IndicatorEntity() {
    }

    public IndicatorEntity(IndicatorDraft draft) {
        apply(draft);
    }

    public void apply(IndicatorDraft d) {
        goalId = d.goalId();
        name = d.name();
        unit = d.unit();
        baselineYear = d.baselineYear();
        baselineValue = d.baselineValue();
        targetYear = d.targetYear();
        targetValue = d.targetValue();
        Map<Integer, IndicatorActual> before = new TreeMap<>(actuals);
        actuals.clear();
        for (IndicatorValue v : d.actuals()) {
            IndicatorActual old = before.get(v.year());
            // a value sent back as read (a form, a PUT) keeps where it came from
            boolean same = old != null && v.manual() && Double.compare(old.value(), v.value()) == 0;
            actuals.put(v.year(), same ? old : new IndicatorActual(v));
        }
        IndicatorSource src = d.source();
        sourceTable = src.table();
        sourceContents = src.contents();
        sourceRegion = src.region();
        sourceCategories = src.categories().isEmpty() ? null : src.categoriesText();
    }

    Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long goalId() {
        return goalId;
    }

    public Indicator toRecord() {
        var values = new TreeMap<>(actuals).entrySet().stream().map(e -> e.getValue().toValue(e.getKey())).toList();
        IndicatorSource src = new IndicatorSource(sourceTable, sourceContents, sourceRegion, IndicatorSource.categoriesOf(sourceCategories));
        return new Indicator(id, goalId, name, unit, baselineYear, baselineValue, targetYear, targetValue, values, src, version);
    }
}
