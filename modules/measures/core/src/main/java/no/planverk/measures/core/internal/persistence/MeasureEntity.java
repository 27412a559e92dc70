package no.planverk.measures.core.internal.persistence;

import java.util.List;
import java.util.Locale;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.plans.api.Ownership;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.measures.api.Responsibility;
import no.planverk.measures.api.YearAmount;

/**
 * A measure. {@code planKey} is "p:&lt;planId&gt;" or "n:&lt;plan name in lower case&gt;", so the number is
 * unique within a plan whether the plans module is installed or not. Goals, units and years are rows of
 * their own ({@link MeasureLinkEntity}, {@link MeasureYearEntity}). No index on PLAN_KEY alone: it leads
 * PV_MEASURE_NUMBER and PV_MEASURE_ORDER, which serve every query by plan (schema step 2 drops the old one).
 */
@Entity
@Table(name = "PV_MEASURE", uniqueConstraints = @UniqueConstraint(name = "PV_MEASURE_NUMBER", columnNames = {"PLAN_KEY", "NUMBER"}),
        indexes = {@Index(name = "PV_MEASURE_STATUS", columnList = "STATUS"),
        @Index(name = "PV_MEASURE_ORIGIN", columnList = "ORIGIN_ID"), @Index(name = "PV_MEASURE_ORDER", columnList = "PLAN_KEY,NUMBER_SORT,ID"),
        @Index(name = "PV_MEASURE_TITLE", columnList = "TITLE_LC"), @Index(name = "PV_MEASURE_PLANID", columnList = "PLAN_ID")})
public class MeasureEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_MEASURE_IDS")
    @TableGenerator(name = "PV_MEASURE_IDS", table = "PV_MEASURES_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_MEASURE", allocationSize = 500)
    @Column(name = "ID")
    private Long id;

    @Column(name = "PLAN_KEY", nullable = false, length = MeasureDraft.MAX_TEXT + 2)
    private String planKey;

    @Column(name = "PLAN_ID")
    private Long planId;

    @Column(name = "PLAN_NAME", length = MeasureDraft.MAX_TEXT)
    private String planName;

    @Column(name = "NUMBER", nullable = false, length = MeasureDraft.MAX_NUMBER)
    private String number;

    /** The number padded for sorting: "4.1.10" after "4.1.9". */
    @Column(name = "NUMBER_SORT", nullable = false, length = 120)
    private String numberSort;

    @Column(name = "TITLE", nullable = false, length = MeasureDraft.MAX_TITLE)
    private String title;

    @Column(name = "TITLE_LC", nullable = false, length = MeasureDraft.MAX_TITLE)
    private String titleLower;

    @Column(name = "DESCRIPTION", length = MeasureDraft.MAX_DESCRIPTION)
    private String description;

    @Column(name = "GOAL_TEXT", length = MeasureDraft.MAX_DESCRIPTION)
    private String goalText;

    @Column(name = "KIND", nullable = false, length = 20)
    private String kind;

    @Column(name = "CARRIER_PLAN_ID")
    private Long carrierPlanId;

    @Column(name = "CARRIER_TEXT", length = MeasureDraft.MAX_TEXT)
    private String carrierText;

    @Column(name = "RESPONSIBILITY", nullable = false, length = 20)
    private String responsibility;

    @Column(name = "CONTACT", length = MeasureDraft.MAX_TEXT)
    private String contact;

    @Column(name = "FROM_YEAR")
    private Integer fromYear;

    @Column(name = "TO_YEAR")
    private Integer toYear;

    @Column(name = "OWNERSHIP", nullable = false, length = 20)
    private String ownership;

    @Column(name = "STATUS", nullable = false, length = 20)
    private String status;

    @Column(name = "PERCENT_DONE", nullable = false)
    private int percent;

    @Column(name = "LIGHT", length = 10)
    private String light;

    @Column(name = "LAST_PERIOD", length = 10)
    private String lastPeriod;

    @Column(name = "LAST_COMMENT", length = 2000)
    private String lastComment;

    /** True when some year has no money: kept here so the grid can filter without a join. */
    @Column(name = "UNFUNDED", nullable = false)
    private boolean unfunded;

    @Column(name = "ORIGIN_ID")
    private Long originId;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected MeasureEntity() {
    }

    MeasureEntity(MeasureDraft d, Long originId) {
        this.status = MeasureStatus.PLANNED.id();
        this.originId = originId;
        apply(d);
    }

    public static String planKey(Long planId, String planName) {
        return planId != null ? "p:" + planId : "n:" + planName.strip().toLowerCase(Locale.ROOT);
    }

    private static final java.util.regex.Pattern RUNS = java.util.regex.Pattern.compile("\\d+|\\D+");

    /** Each run of digits padded to six places, so numbers sort as people read them. */
    public static String numberSort(String number) {
        StringBuilder b = new StringBuilder();
        java.util.regex.Matcher m = RUNS.matcher(number.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String part = m.group();
            b.append(Character.isDigit(part.charAt(0)) && part.length() < 6 ? "0".repeat(6 - part.length()) + part : part);
        }
        return b.length() > 120 ? b.substring(0, 120) : b.toString();
    }

    final void apply(MeasureDraft d) {
        planId = d.planId();
        planName = d.planName();
        planKey = planKey(d.planId(), d.planName());
        number = d.number();
        numberSort = numberSort(d.number());
        title = d.title();
        titleLower = d.title().toLowerCase(Locale.ROOT);
        description = d.description();
        goalText = d.goalText();
        kind = d.kind().id();
        carrierPlanId = d.carrierPlanId();
        carrierText = d.carrierText();
        responsibility = d.responsibility().id();
        contact = d.contact();
        fromYear = d.fromYear();
        toYear = d.toYear();
        ownership = d.ownership().id();
        unfunded = d.years().stream().anyMatch(y -> y.funding() == no.planverk.measures.api.Funding.NOT_FUNDED);
    }

    public void report(MeasureStatus s, int p, Light l, ReportPeriod period, String comment) {
        status = s.id();
        percent = p;
        light = l.id();
        lastPeriod = period.toString();
        lastComment = comment;
    }

    /** The columns of a new row, for an import's JDBC batches ({@link NewMeasureRows}): what persist would write. */
    static final String INSERT = "INSERT INTO PV_MEASURE (ID, PLAN_KEY, PLAN_ID, PLAN_NAME, NUMBER, NUMBER_SORT, TITLE, TITLE_LC, DESCRIPTION,"
            + " GOAL_TEXT, KIND, CARRIER_PLAN_ID, CARRIER_TEXT, RESPONSIBILITY, CONTACT, FROM_YEAR, TO_YEAR, OWNERSHIP, STATUS, PERCENT_DONE,"
            + " LIGHT, LAST_PERIOD, LAST_COMMENT, UNFUNDED, ORIGIN_ID, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?)";

    /** The values of {@link #INSERT} for this new measure with this id; version 1, as EclipseLink's first version. */
    Object[] insertValues(long newId) {
        return new Object[] {newId, planKey, planId, planName, number, numberSort, title, titleLower, description, goalText, kind,
            carrierPlanId, carrierText, responsibility, contact, fromYear, toYear, ownership, status, percent, light, lastPeriod,
            lastComment, (short) (unfunded ? 1 : 0), originId, 1L};
    }

    Measure toRecord(List<Long> goalIds, List<Long> unitIds, List<YearAmount> years) {
        return new Measure(id, planId, planName, number, title, description, goalIds, goalText, MeasureKind.parse(kind).orElseThrow(),
                carrierPlanId, carrierText, Responsibility.parse(responsibility).orElseThrow(), unitIds, contact, fromYear, toYear, years,
                Ownership.parse(ownership).orElseThrow(), MeasureStatus.parse(status).orElseThrow(), percent,
                Light.parse(light).orElse(null), lastPeriod == null ? null : ReportPeriod.parse(lastPeriod), lastComment, originId,
                version);
    }

    public long id() {
        return id;
    }

    long version() {
        return version;
    }

    public String number() {
        return number;
    }

    public String planKey() {
        return planKey;
    }

    public String title() {
        return title;
    }

    MeasureStatus status() {
        return MeasureStatus.parse(status).orElseThrow();
    }
}
