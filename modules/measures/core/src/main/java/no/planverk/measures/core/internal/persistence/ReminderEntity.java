package no.planverk.measures.core.internal.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import no.planverk.measures.api.ReportPeriod;

/** A reminder to report a measure for a period; done once a report for the period is in. */
@Entity
@Table(name = "PV_MEASURE_REMINDER", indexes = @Index(name = "PV_MEASURE_REMINDER_MEASURE", columnList = "MEASURE_ID"))
public class ReminderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_MEASURE_REMINDER_IDS")
    @TableGenerator(name = "PV_MEASURE_REMINDER_IDS", table = "PV_MEASURES_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_MEASURE_REMINDER", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "MEASURE_ID", nullable = false)
    private long measureId;

    @Column(name = "PERIOD_YEAR", nullable = false)
    private int periodYear;

    @Column(name = "PERIOD_PART", nullable = false)
    private int periodPart;

    @Column(name = "SENT_BY", nullable = false, length = 100)
    private String sentBy;

    @Column(name = "SENT_AT", nullable = false)
    private LocalDateTime sentAt; // UTC: EclipseLink 2.7 has no Instant mapping

    @Column(name = "DONE", nullable = false)
    private boolean done;

    protected ReminderEntity() {
    }

    public ReminderEntity(long measureId, ReportPeriod period, String sentBy, Instant sentAt) {
        this.measureId = measureId;
        this.periodYear = period.year();
        this.periodPart = period.part();
        this.sentBy = sentBy;
        this.sentAt = LocalDateTime.ofInstant(sentAt, ZoneOffset.UTC);
    }

    public long id() {
        return id;
    }

    public long measureId() {
        return measureId;
    }

    public ReportPeriod period() {
        return new ReportPeriod(periodYear, periodPart);
    }

    public String sentBy() {
        return sentBy;
    }

    public Instant sentAt() {
        return sentAt.toInstant(ZoneOffset.UTC);
    }
}
