package no.planverk.measures.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.YearAmount;

/** A year of a measure's action part: cost and funding. */
@Entity
@Table(name = "PV_MEASURE_YEAR", indexes = @Index(name = "PV_MEASURE_YEAR_MEASURE", columnList = "MEASURE_ID"))
public class MeasureYearEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_MEASURE_YEAR_IDS")
    @TableGenerator(name = "PV_MEASURE_YEAR_IDS", table = "PV_MEASURES_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_MEASURE_YEAR", allocationSize = 500)
    @Column(name = "ID")
    private Long id;

    @Column(name = "MEASURE_ID", nullable = false)
    private long measureId;

    @Column(name = "YR", nullable = false)
    private int year;

    @Column(name = "COST_NOK")
    private Long costNok;

    @Column(name = "FUNDING", length = 20)
    private String funding;

    protected MeasureYearEntity() {
    }

    MeasureYearEntity(long measureId, YearAmount y) {
        this.measureId = measureId;
        this.year = y.year();
        this.costNok = y.costNok();
        this.funding = y.funding() == null ? null : y.funding().id();
    }

    /** A new row for an import's JDBC batches ({@link NewMeasureRows}). */
    static final String INSERT = "INSERT INTO PV_MEASURE_YEAR (ID, MEASURE_ID, YR, COST_NOK, FUNDING) VALUES (?, ?, ?, ?, ?)";

    static Object[] insertValues(long id, long measureId, YearAmount y) {
        return new Object[] {id, measureId, y.year(), y.costNok(), y.funding() == null ? null : y.funding().id()};
    }

    long measureId() {
        return measureId;
    }

    YearAmount toRecord() {
        return toRecord(year, costNok, funding);
    }

    static YearAmount toRecord(int year, Long costNok, String funding) {
        return new YearAmount(year, costNok, Funding.parse(funding).orElse(null));
    }
}
