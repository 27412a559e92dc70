package no.planverk.volunteers.core.internal.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import no.planverk.volunteers.api.HoursEntry;

/**
 * Hours on a day. The unit, step and organisation are copied from the assignment when logged, so totals
 * are one grouped query and stay right when the volunteer is erased ({@code volunteerId} then null).
 */
@Entity
@Table(name = "PV_VOL_HOURS", indexes = {@Index(name = "PV_VOL_HOURS_DATE", columnList = "WORK_DATE"),
        @Index(name = "PV_VOL_HOURS_ASSIGNMENT", columnList = "ASSIGNMENT_ID"), @Index(name = "PV_VOL_HOURS_VOLUNTEER",
        columnList = "VOLUNTEER_ID")})
public class HoursEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_VOL_HOURS_IDS")
    @TableGenerator(name = "PV_VOL_HOURS_IDS", table = "PV_VOL_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_VOL_HOURS", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ASSIGNMENT_ID", nullable = false)
    private long assignmentId;

    @Column(name = "VOLUNTEER_ID")
    private Long volunteerId;

    @Column(name = "UNIT_ID", nullable = false)
    private long unitId;

    @Column(name = "STEP", nullable = false)
    private int step;

    @Column(name = "ORG_ID")
    private Long organisationId;

    @Column(name = "WORK_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "HOURS", nullable = false, precision = 6, scale = 2)
    private BigDecimal hours;

    @Column(name = "LOGGED_BY", nullable = false, length = 200)
    private String loggedBy;

    @Column(name = "LOGGED_AT", nullable = false)
    private LocalDateTime loggedAt;

    protected HoursEntity() {
    }

    public HoursEntity(AssignmentEntity a, long volunteerId, LocalDate date, BigDecimal hours, String loggedBy, LocalDateTime loggedAt) {
        this.assignmentId = a.id();
        this.volunteerId = volunteerId;
        this.unitId = a.unitId();
        this.step = a.step();
        this.organisationId = a.organisationId();
        this.date = date;
        this.hours = hours;
        this.loggedBy = loggedBy;
        this.loggedAt = loggedAt;
    }

    public HoursEntry toRecord() {
        return new HoursEntry(id, assignmentId, volunteerId, unitId, step, organisationId, date, hours, loggedBy);
    }

    public long assignmentId() {
        return assignmentId;
    }
}
