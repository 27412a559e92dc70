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
import no.planverk.competence.api.Position;
import no.planverk.competence.api.PositionDraft;

/** A row of the workforce register; the personal columns are null unless the row is about one named person. */
@Entity
@Table(name = "PV_COMP_POSITION", indexes = {@Index(name = "PV_COMP_POSITION_UNIT_YEAR", columnList = "UNIT_ID,REG_YEAR"),
        @Index(name = "PV_COMP_POSITION_YEAR", columnList = "REG_YEAR")})
public class PositionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_COMP_POSITION_IDS")
    @TableGenerator(name = "PV_COMP_POSITION_IDS", table = "PV_COMPETENCE_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_COMP_POSITION", allocationSize = 500)
    @Column(name = "ID")
    private Long id;

    @Column(name = "UNIT_ID", nullable = false)
    private long unitId;

    @Column(name = "REG_YEAR", nullable = false)
    private int year;

    @Column(name = "CATEGORY", nullable = false, length = 30)
    private String category;

    @Column(name = "POSITION_PERCENT", nullable = false)
    private double percent;

    @Column(name = "POSITION_COUNT", nullable = false)
    private int count;

    @Column(name = "AGE_FROM", nullable = false)
    private int ageFrom;

    @Column(name = "AGE_TO", nullable = false)
    private int ageTo;

    @Column(name = "IS_TEMPORARY", nullable = false)
    private boolean temporary;

    @Column(name = "FURTHER_EDUCATION", length = PositionDraft.MAX_TEXT)
    private String furtherEducation;

    @Column(name = "EMPLOYEE_NO", length = PositionDraft.MAX_EMPLOYEE_NO)
    private String employeeNo;

    @Column(name = "PERSON_NAME", length = PositionDraft.MAX_TEXT)
    private String name;

    @Column(name = "BIRTH_YEAR")
    private Integer birthYear;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected PositionEntity() {
    }

    public PositionEntity(PositionDraft d) {
        apply(d);
    }

    public final void apply(PositionDraft d) {
        unitId = d.unitId();
        year = d.year();
        category = d.category().id();
        percent = d.percent();
        count = d.count();
        ageFrom = d.ageFrom();
        ageTo = d.ageTo();
        temporary = d.temporary();
        furtherEducation = d.furtherEducation();
        employeeNo = d.employeeNo();
        name = d.name();
        birthYear = d.birthYear();
    }

    public Position toRecord() {
        return new Position(id, unitId, year, Category.parse(category).orElse(Category.ANNA), percent, count, ageFrom, ageTo, temporary,
                furtherEducation, employeeNo != null || name != null || birthYear != null, employeeNo, name, birthYear, version);
    }

    long id() {
        return id;
    }

    public long unitId() {
        return unitId;
    }

    public long version() {
        return version;
    }
}
