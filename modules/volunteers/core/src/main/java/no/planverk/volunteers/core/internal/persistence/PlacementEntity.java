package no.planverk.volunteers.core.internal.persistence;

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
import no.planverk.volunteers.api.Placement;

/** A volunteer on an assignment; {@code to} is set when the placement ends. {@code assignedAt} is UTC. */
@Entity
@Table(name = "PV_VOL_PLACEMENT", indexes = {@Index(name = "PV_VOL_PLACEMENT_ASSIGNMENT", columnList = "ASSIGNMENT_ID"),
        @Index(name = "PV_VOL_PLACEMENT_VOLUNTEER", columnList = "VOLUNTEER_ID")})
public class PlacementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_VOL_PLACEMENT_IDS")
    @TableGenerator(name = "PV_VOL_PLACEMENT_IDS", table = "PV_VOL_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_VOL_PLACEMENT", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ASSIGNMENT_ID", nullable = false)
    private long assignmentId;

    @Column(name = "VOLUNTEER_ID", nullable = false)
    private long volunteerId;

    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate fromDate;

    @Column(name = "TO_DATE")
    private LocalDate toDate;

    @Column(name = "ASSIGNED_BY", nullable = false, length = 200)
    private String assignedBy;

    @Column(name = "ASSIGNED_AT", nullable = false)
    private LocalDateTime assignedAt;

    protected PlacementEntity() {
    }

    public PlacementEntity(long assignmentId, long volunteerId, LocalDate from, String assignedBy, LocalDateTime assignedAt) {
        this.assignmentId = assignmentId;
        this.volunteerId = volunteerId;
        this.fromDate = from;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public Placement toRecord() {
        return new Placement(id, assignmentId, volunteerId, fromDate, toDate, assignedBy);
    }

    /** Ends the placement on that day; one that had not begun yet ends the day before it would have. */
    public void end(LocalDate day) {
        toDate = day.isBefore(fromDate) ? fromDate.minusDays(1) : day;
    }

    public long assignmentId() {
        return assignmentId;
    }

    long volunteerId() {
        return volunteerId;
    }
}
