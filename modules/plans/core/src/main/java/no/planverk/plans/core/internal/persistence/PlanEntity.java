package no.planverk.plans.core.internal.persistence;

import java.time.LocalDate;
import java.util.List;
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
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanType;

@Entity
@Table(name = "PV_PLAN", uniqueConstraints = @UniqueConstraint(name = "PV_PLAN_CODE", columnNames = "PLAN_CODE"),
        indexes = {@Index(name = "PV_PLAN_PARENT", columnList = "PARENT_ID"), @Index(name = "PV_PLAN_BY_STATUS", columnList = "STATUS"),
        @Index(name = "PV_PLAN_TITLE", columnList = "TITLE_LC")})
public class PlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_PLAN_IDS")
    @TableGenerator(name = "PV_PLAN_IDS", table = "PV_PLANS_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_PLAN", allocationSize = 500)
    @Column(name = "ID")
    private Long id;

    @Column(name = "PLAN_CODE", nullable = false, length = PlanDraft.MAX_CODE)
    private String code;

    @Column(name = "PLAN_TYPE", nullable = false, length = 30)
    private String type;

    @Column(name = "TITLE", nullable = false, length = PlanDraft.MAX_TITLE)
    private String title;

    @Column(name = "TITLE_LC", nullable = false, length = PlanDraft.MAX_TITLE)
    private String titleLower;

    @Column(name = "OWNER_UNIT_ID")
    private Long ownerUnitId;

    @Column(name = "RESPONSIBLE", length = PlanDraft.MAX_TEXT)
    private String responsible;

    @Column(name = "PERIOD_FROM")
    private Integer periodFrom;

    @Column(name = "PERIOD_TO")
    private Integer periodTo;

    @Column(name = "DECISION_REF", length = PlanDraft.MAX_TEXT)
    private String decisionRef;

    @Column(name = "DECISION_DATE")
    private LocalDate decisionDate;

    @Column(name = "DOCUMENT_URL", length = PlanDraft.MAX_URL)
    private String documentUrl;

    @Column(name = "PARENT_ID")
    private Long parentId;

    @Column(name = "SUCCESSOR_ID")
    private Long successorId;

    @Column(name = "STATUS", nullable = false, length = 30)
    private String status;

    @Column(name = "STATUS_DATE")
    private LocalDate statusDate;

    @Column(name = "PLANNED_ADOPTION")
    private LocalDate plannedAdoption;

    @Column(name = "DESCRIPTION", length = PlanDraft.MAX_DESCRIPTION)
    private String description;

    @Version
    @Column(name = "ROW_VERSION")
    private long version;

    protected PlanEntity() {
    }

    public PlanEntity(PlanDraft draft, PlanStatus status, LocalDate statusDate) {
        apply(draft);
        setStatus(status, statusDate);
    }

    public void apply(PlanDraft d) {
        code = d.code();
        type = d.type().id();
        title = d.title();
        titleLower = d.title().toLowerCase(java.util.Locale.ROOT);
        ownerUnitId = d.ownerUnitId();
        responsible = d.responsible();
        periodFrom = d.periodFrom();
        periodTo = d.periodTo();
        decisionRef = d.decisionRef();
        decisionDate = d.decisionDate();
        documentUrl = d.documentUrl();
        parentId = d.parentId();
        successorId = d.successorId();
        plannedAdoption = d.plannedAdoption();
        description = d.description();
    }

    /** The columns of a new row, for an import's JDBC batches ({@link NewPlanRows}): what persist would write. */
    static final String INSERT = "INSERT INTO PV_PLAN (ID, PLAN_CODE, PLAN_TYPE, TITLE, TITLE_LC, OWNER_UNIT_ID, RESPONSIBLE, PERIOD_FROM,"
            + " PERIOD_TO, DECISION_REF, DECISION_DATE, DOCUMENT_URL, PARENT_ID, SUCCESSOR_ID, STATUS, STATUS_DATE, PLANNED_ADOPTION,"
            + " DESCRIPTION, ROW_VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A new plan's id, taken from its generator by {@link NewPlanRows}. */
    void newId(long newId) {
        id = newId;
    }

    /** The values of {@link #INSERT} as the plan is now; version 1, as EclipseLink's first version. */
    Object[] insertValues() {
        return new Object[] {id, code, type, title, titleLower, ownerUnitId, responsible, periodFrom, periodTo, decisionRef,
            NewPlanRows.date(decisionDate), documentUrl, parentId, successorId, status, NewPlanRows.date(statusDate),
            NewPlanRows.date(plannedAdoption), description, 1L};
    }

    public void setStatus(PlanStatus s, LocalDate date) {
        status = s.id();
        statusDate = date;
    }

    public void setLinks(Long parent, Long successor) {
        parentId = parent;
        successorId = successor;
    }

    public Long parentId() {
        return parentId;
    }

    public void setSuccessorId(Long id) {
        successorId = id;
    }

    public void setPlannedAdoption(LocalDate date) {
        plannedAdoption = date;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String code() {
        return code;
    }

    public PlanStatus status() {
        return PlanStatus.parse(status).orElseThrow();
    }

    public Long ownerUnitId() {
        return ownerUnitId;
    }

    public Plan toRecord(List<Long> servesGoalIds) {
        return new Plan(id, code, PlanType.parse(type).orElse(PlanType.OTHER), title, ownerUnitId, responsible, periodFrom,
                periodTo, decisionRef, decisionDate, documentUrl, parentId, successorId, status(), statusDate, plannedAdoption,
                description, servesGoalIds, version);
    }
}
