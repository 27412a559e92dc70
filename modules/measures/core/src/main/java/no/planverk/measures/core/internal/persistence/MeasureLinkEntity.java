package no.planverk.measures.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A measure serves a goal ({@code kind} G) or a unit answers for it ({@code kind} U). */
@Entity
@Table(name = "PV_MEASURE_LINK", indexes = {@Index(name = "PV_MEASURE_LINK_MEASURE", columnList = "MEASURE_ID"),
        @Index(name = "PV_MEASURE_LINK_TARGET", columnList = "KIND,TARGET_ID")})
public class MeasureLinkEntity {

    public static final String GOAL = "G";
    static final String UNIT = "U";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_MEASURE_LINK_IDS")
    @TableGenerator(name = "PV_MEASURE_LINK_IDS", table = "PV_MEASURES_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_MEASURE_LINK", allocationSize = 500)
    @Column(name = "ID")
    private Long id;

    @Column(name = "MEASURE_ID", nullable = false)
    private long measureId;

    @Column(name = "KIND", nullable = false, length = 1)
    private String kind;

    @Column(name = "TARGET_ID", nullable = false)
    private long targetId;

    @Column(name = "POS", nullable = false)
    private int position;

    protected MeasureLinkEntity() {
    }

    MeasureLinkEntity(long measureId, String kind, long targetId, int position) {
        this.measureId = measureId;
        this.kind = kind;
        this.targetId = targetId;
        this.position = position;
    }

    /** A new row for an import's JDBC batches ({@link NewMeasureRows}). */
    static final String INSERT = "INSERT INTO PV_MEASURE_LINK (ID, MEASURE_ID, KIND, TARGET_ID, POS) VALUES (?, ?, ?, ?, ?)";

    static Object[] insertValues(long id, long measureId, String kind, long targetId, int position) {
        return new Object[] {id, measureId, kind, targetId, position};
    }

    long measureId() {
        return measureId;
    }

    String kind() {
        return kind;
    }

    long targetId() {
        return targetId;
    }
}
