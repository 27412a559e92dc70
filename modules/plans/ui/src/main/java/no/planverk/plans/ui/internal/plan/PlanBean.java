package no.planverk.plans.ui.internal.plan;

import java.time.LocalDate;
import java.util.List;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.platform.api.OrgUnit;

/** The plan form's mutable bean; pickers hold the chosen unit and plans, the draft takes their ids. */
public class PlanBean {

    private String code = "";
    private PlanType type;
    private String title = "";
    private OrgUnit unit;
    private String responsible = "";
    private Integer periodFrom;
    private Integer periodTo;
    private String decisionRef = "";
    private LocalDate decisionDate;
    private String documentUrl = "";
    private Plan parent;
    private Plan successor;
    private LocalDate plannedAdoption;
    private String description = "";

    /** The plan's fields, with unit and plans looked up in the pickers' lists. */
    static PlanBean of(Plan p, List<OrgUnit> units, List<Plan> plans) {
        PlanBean b = new PlanBean();
        b.code = p.code();
        b.type = p.type();
        b.title = p.title();
        b.unit = units.stream().filter(u -> p.ownerUnitId() != null && u.id() == p.ownerUnitId()).findFirst().orElse(null);
        b.responsible = text(p.responsible());
        b.periodFrom = p.periodFrom();
        b.periodTo = p.periodTo();
        b.decisionRef = text(p.decisionRef());
        b.decisionDate = p.decisionDate();
        b.documentUrl = text(p.documentUrl());
        b.parent = byId(plans, p.parentId());
        b.successor = byId(plans, p.successorId());
        b.plannedAdoption = p.plannedAdoption();
        b.description = text(p.description());
        return b;
    }

    static Plan byId(List<Plan> plans, Long id) {
        return id == null ? null : plans.stream().filter(x -> x.id() == id).findFirst().orElse(null);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** A draft for the service; {@code serves} keeps the goals the plan serves (edited with the goals). */
    PlanDraft toDraft(List<Long> serves) {
        return new PlanDraft(code, type, title, unit == null ? null : unit.id(), responsible, periodFrom, periodTo, decisionRef,
                decisionDate, documentUrl, parent == null ? null : parent.id(), successor == null ? null : successor.id(),
                plannedAdoption, description, serves);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public PlanType getType() {
        return type;
    }

    public void setType(PlanType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public void setUnit(OrgUnit unit) {
        this.unit = unit;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public Integer getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(Integer periodFrom) {
        this.periodFrom = periodFrom;
    }

    public Integer getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(Integer periodTo) {
        this.periodTo = periodTo;
    }

    public String getDecisionRef() {
        return decisionRef;
    }

    public void setDecisionRef(String decisionRef) {
        this.decisionRef = decisionRef;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getDocumentUrl() {
        return documentUrl;
    }

    public void setDocumentUrl(String documentUrl) {
        this.documentUrl = documentUrl;
    }

    public Plan getParent() {
        return parent;
    }

    public void setParent(Plan parent) {
        this.parent = parent;
    }

    public Plan getSuccessor() {
        return successor;
    }

    public void setSuccessor(Plan successor) {
        this.successor = successor;
    }

    public LocalDate getPlannedAdoption() {
        return plannedAdoption;
    }

    public void setPlannedAdoption(LocalDate plannedAdoption) {
        this.plannedAdoption = plannedAdoption;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
