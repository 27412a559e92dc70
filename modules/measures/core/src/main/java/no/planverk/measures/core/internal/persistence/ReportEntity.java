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
import no.planverk.measures.api.Light;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.measures.api.ReportDraft;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.measures.api.StatusReport;

/** A follow-up report; never changed once written. */
@Entity
@Table(name = "PV_MEASURE_REPORT", indexes = {@Index(name = "PV_MEASURE_REPORT_MEASURE", columnList = "MEASURE_ID"),
        @Index(name = "PV_MEASURE_REPORT_PERIOD", columnList = "PERIOD_YEAR,PERIOD_PART")})
public class ReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_MEASURE_REPORT_IDS")
    @TableGenerator(name = "PV_MEASURE_REPORT_IDS", table = "PV_MEASURES_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_MEASURE_REPORT", allocationSize = 100)
    @Column(name = "ID")
    private Long id;

    @Column(name = "MEASURE_ID", nullable = false)
    private long measureId;

    @Column(name = "PERIOD_YEAR", nullable = false)
    private int periodYear;

    @Column(name = "PERIOD_PART", nullable = false)
    private int periodPart;

    @Column(name = "STATUS", nullable = false, length = 20)
    private String status;

    @Column(name = "PERCENT_DONE", nullable = false)
    private int percent;

    @Column(name = "LIGHT", nullable = false, length = 10)
    private String light;

    @Column(name = "REPORT_COMMENT", length = ReportDraft.MAX_COMMENT)
    private String comment;

    @Column(name = "SPENT_NOK")
    private Long spentNok;

    @Column(name = "REPORTED_BY", nullable = false, length = 100)
    private String reportedBy;

    @Column(name = "REPORTED_AT", nullable = false)
    private LocalDateTime reportedAt; // UTC: EclipseLink 2.7 has no Instant mapping

    protected ReportEntity() {
    }

    public ReportEntity(long measureId, ReportDraft d, String by, Instant at) {
        this.measureId = measureId;
        this.periodYear = d.period().year();
        this.periodPart = d.period().part();
        this.status = d.status().id();
        this.percent = d.percent();
        this.light = d.light().id();
        this.comment = d.comment();
        this.spentNok = d.spentNok();
        this.reportedBy = by;
        this.reportedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** A copy for a measure rolled forward: the history travels with it. */
    public ReportEntity copyFor(long newMeasureId) {
        ReportEntity c = new ReportEntity();
        c.measureId = newMeasureId;
        c.periodYear = periodYear;
        c.periodPart = periodPart;
        c.status = status;
        c.percent = percent;
        c.light = light;
        c.comment = comment;
        c.spentNok = spentNok;
        c.reportedBy = reportedBy;
        c.reportedAt = reportedAt;
        return c;
    }

    public long measureId() {
        return measureId;
    }

    public StatusReport toRecord() {
        return new StatusReport(id, measureId, new ReportPeriod(periodYear, periodPart), MeasureStatus.parse(status).orElseThrow(),
                percent, Light.parse(light).orElseThrow(), comment, spentNok, reportedBy, reportedAt.toInstant(ZoneOffset.UTC));
    }
}
