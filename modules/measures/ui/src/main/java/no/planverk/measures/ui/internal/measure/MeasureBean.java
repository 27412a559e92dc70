package no.planverk.measures.ui.internal.measure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.planverk.measures.api.GoalInfo;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.plans.api.Ownership;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.PlanInfo;
import no.planverk.measures.api.Responsibility;
import no.planverk.measures.api.YearAmount;
import no.planverk.platform.api.OrgUnit;

/** The measure form's mutable bean: pickers hold plans, goals and units; {@link #toDraft} gives the ids. */
public class MeasureBean {

    private PlanInfo plan;
    private String planName;
    private String number;
    private String title;
    private String description;
    private Set<GoalInfo> goals = new LinkedHashSet<>();
    private String goalText;
    private MeasureKind kind = MeasureKind.MEASURE;
    private PlanInfo carrierPlan;
    private String carrierText;
    private Responsibility responsibility = Responsibility.UNITS;
    private Set<OrgUnit> units = new LinkedHashSet<>();
    private String contact;
    private Integer fromYear;
    private Integer toYear;
    private Ownership ownership = Ownership.THIS_PLAN;

    /** The bean of a stored measure; ids the pickers do not know (a unit or goal since removed) are dropped. */
    static MeasureBean of(Measure m, List<OrgUnit> allUnits, PlanDirectory dir) {
        MeasureBean b = new MeasureBean();
        if (dir != null) {
            b.plan = m.planId() == null ? null : dir.plan(m.planId()).orElse(null);
            b.carrierPlan = m.carrierPlanId() == null ? null : dir.plan(m.carrierPlanId()).orElse(null);
            b.goals = new LinkedHashSet<>(dir.goals(m.goalIds()));
        }
        b.planName = m.planName();
        b.number = m.number();
        b.title = m.title();
        b.description = m.description();
        b.goalText = m.goalText();
        b.kind = m.kind();
        b.carrierText = m.carrierText();
        b.responsibility = m.responsibility();
        b.units = allUnits.stream().filter(u -> m.unitIds().contains(u.id())).collect(Collectors.toCollection(LinkedHashSet::new));
        b.contact = m.contact();
        b.fromYear = m.fromYear();
        b.toYear = m.toYear();
        b.ownership = m.ownership();
        return b;
    }

    MeasureDraft toDraft(List<YearAmount> years, boolean linked) {
        Long planId = linked && plan != null ? plan.id() : null;
        String name = linked ? (plan == null ? planName : null) : planName;
        return new MeasureDraft(planId, name, number, title, description, goals.stream().map(GoalInfo::id).toList(), goalText, kind,
                carrierPlan == null ? null : carrierPlan.id(), carrierText, responsibility, units.stream().map(OrgUnit::id).toList(),
                contact, fromYear, toYear, years, ownership);
    }

    public PlanInfo getPlan() { return plan; }
    public void setPlan(PlanInfo plan) { this.plan = plan; }
    public String getPlanName() { return planName; }
    public void setPlanName(String planName) { this.planName = planName; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Set<GoalInfo> getGoals() { return goals; }
    public void setGoals(Set<GoalInfo> goals) { this.goals = goals == null ? new LinkedHashSet<>() : new LinkedHashSet<>(goals); }
    public String getGoalText() { return goalText; }
    public void setGoalText(String goalText) { this.goalText = goalText; }
    public MeasureKind getKind() { return kind; }
    public void setKind(MeasureKind kind) { this.kind = kind; }
    public PlanInfo getCarrierPlan() { return carrierPlan; }
    public void setCarrierPlan(PlanInfo carrierPlan) { this.carrierPlan = carrierPlan; }
    public String getCarrierText() { return carrierText; }
    public void setCarrierText(String carrierText) { this.carrierText = carrierText; }
    public Responsibility getResponsibility() { return responsibility; }
    public void setResponsibility(Responsibility responsibility) { this.responsibility = responsibility; }
    public Set<OrgUnit> getUnits() { return units; }
    public void setUnits(Set<OrgUnit> units) { this.units = units == null ? new LinkedHashSet<>() : new LinkedHashSet<>(units); }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public Integer getFromYear() { return fromYear; }
    public void setFromYear(Integer fromYear) { this.fromYear = fromYear; }
    public Integer getToYear() { return toYear; }
    public void setToYear(Integer toYear) { this.toYear = toYear; }
    public Ownership getOwnership() { return ownership; }
    public void setOwnership(Ownership ownership) { this.ownership = ownership; }
}
