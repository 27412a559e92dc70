package no.planverk.competence.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.CompetenceMeasure;
import no.planverk.competence.api.CompetenceMeasureDraft;
import no.planverk.competence.api.CompetenceMeasureKind;

/** A competence measure; {@code measureId} refers to the measures module by id only. */
@Entity
@Table(name = "PV_COMP_MEASURE", indexes = @Index(name = "PV_COMP_MEASURE_UNIT", columnList = "UNIT_ID,MEASURE_YEAR"))
public class CompetenceMeasureEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_COMP_MEASURE_IDS")
    @TableGenerator(name = "PV_COMP_MEASURE_IDS", table = "PV_COMPETENCE_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_COMP_MEASURE", allocationSize = 20)
    @Column(name = "ID")
    private Long id;

    @Column(name = "UNIT_ID", nullable = false)
    private long unitId;

    @Column(name = "KIND", nullable = false, length = 20)
    private String kind;

    @Column(name = "TITLE", nullable = false, length = CompetenceMeasureDraft.MAX_TITLE)
    private String title;

    @Column(name = "CATEGORY", length = 30)
    private String category;

    @Column(name = "MEASURE_YEAR", nullable = false)
    private int year;

    @Column(name = "PLANNED", nullable = false)
    private int planned;

    @Column(name = "ACTUAL")
    private Integer actual;

    @Column(name = "MEASURE_ID")
    private Long measureId;

    @Column(name = "NOTE", length = CompetenceMeasureDraft.MAX_NOTE)
    private String note;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected CompetenceMeasureEntity() {
    }

    public CompetenceMeasureEntity(CompetenceMeasureDraft d) {
        apply(d);
    }

    public final void apply(CompetenceMeasureDraft d) {
        unitId = d.unitId();
        kind = d.kind().id();
        title = d.title();
        category = d.category() == null ? null : d.category().id();
        year = d.year();
        planned = d.plannedParticipants();
        actual = d.actualParticipants();
        measureId = d.measureId();
        note = d.note();
    }

    public CompetenceMeasure toRecord(String measureLabel) {
        return new CompetenceMeasure(id, unitId, CompetenceMeasureKind.parse(kind).orElse(CompetenceMeasureKind.OTHER), title,
                category == null ? null : Category.parse(category).orElse(null), year, planned, actual, measureId, measureLabel, note,
                version);
    }

    public long unitId() {
        return unitId;
    }

    public Long measureId() {
        return measureId;
    }

    public long version() {
        return version;
    }
}
