package no.planverk.volunteers.core.internal.persistence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentDraft;
import no.planverk.volunteers.api.Check;
import no.planverk.volunteers.api.Schedule;
import no.planverk.volunteers.api.Texts;

/** An assignment; times of day are kept as minutes after midnight. */
@Entity
@Table(name = "PV_VOL_ASSIGNMENT", indexes = {@Index(name = "PV_VOL_ASSIGNMENT_UNIT", columnList = "UNIT_ID"),
        @Index(name = "PV_VOL_ASSIGNMENT_START", columnList = "START_DATE")})
public class AssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_VOL_ASSIGNMENT_IDS")
    @TableGenerator(name = "PV_VOL_ASSIGNMENT_IDS", table = "PV_VOL_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_VOL_ASSIGNMENT", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "UNIT_ID", nullable = false)
    private long unitId;

    @Column(name = "STEP", nullable = false)
    private int step;

    @Column(name = "TITLE", nullable = false, length = Texts.MAX_NAME)
    private String title;

    @Column(name = "DESCRIPTION", length = Texts.MAX_TEXT)
    private String description;

    @Column(name = "PLACE", length = Texts.MAX_NAME)
    private String place;

    @Column(name = "ORG_ID")
    private Long organisationId;

    @Column(name = "START_DATE", nullable = false)
    private LocalDate startDate;

    @Column(name = "END_DATE")
    private LocalDate endDate;

    /** 1 (Monday) to 7, null for a one-off assignment. */
    @Column(name = "WEEKDAY")
    private Integer weekday;

    @Column(name = "FROM_MINUTE", nullable = false)
    private int fromMinute;

    @Column(name = "TO_MINUTE", nullable = false)
    private int toMinute;

    @Column(name = "NEEDED", nullable = false)
    private int needed;

    @Column(name = "REQ_CHECKS", length = 100)
    private String requiredChecks;

    @Column(name = "REQ_SKILLS", length = Texts.MAX_TEXT)
    private String requiredSkills;

    /** The measure (tiltak) of the measures module it serves, or null. */
    @Column(name = "MEASURE_ID")
    private Long measureId;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected AssignmentEntity() {
    }

    public AssignmentEntity(AssignmentDraft d) {
        apply(d);
    }

    public final void apply(AssignmentDraft d) {
        unitId = d.unitId();
        step = d.step();
        title = d.title();
        description = d.description();
        place = d.place();
        organisationId = d.organisationId();
        Schedule s = d.schedule();
        startDate = s.start();
        endDate = s.end();
        weekday = s.weekday() == null ? null : s.weekday().getValue();
        fromMinute = s.from().toSecondOfDay() / 60;
        toMinute = s.to().toSecondOfDay() / 60;
        needed = d.needed();
        requiredChecks = Lists.join(d.requiredChecks().stream().map(Check::id).sorted().toList());
        requiredSkills = Lists.join(d.requiredSkills());
        measureId = d.measureId();
    }

    Assignment toRecord(int filled) {
        Schedule s = new Schedule(startDate, endDate, weekday == null ? null : DayOfWeek.of(weekday),
                LocalTime.ofSecondOfDay(fromMinute * 60L), LocalTime.ofSecondOfDay(toMinute * 60L));
        return new Assignment(id, unitId, step, title, description, place, organisationId, s, needed,
                new LinkedHashSet<>(Lists.split(requiredChecks, c -> Check.parse(c).orElseThrow())), Lists.split(requiredSkills), filled,
                version, measureId);
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long unitId() {
        return unitId;
    }

    int step() {
        return step;
    }

    Long organisationId() {
        return organisationId;
    }

    public Long measureId() {
        return measureId;
    }
}
