package no.planverk.plans.ui.internal.plan;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.ui.internal.Dates;
import no.planverk.plans.ui.internal.PlanLabels;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.ui.api.NumberInput;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.TextLimit;

/**
 * The editable fields of a plan, bound to a {@link PlanBean}. The form never calls the service: the
 * caller reads a plan in, writes a draft out and hands service errors back with {@link #showErrors}.
 */
public class PlanForm extends FormLayout {

    private static final long serialVersionUID = 1L;

    final TextField code = new TextField(t("plan.code"));
    final ComboBox<PlanType> type = new ComboBox<>(t("plan.type"));
    final TextField title = new TextField(t("plan.title"));
    final ComboBox<OrgUnit> unit = new ComboBox<>(t("plan.unit"));
    final TextField responsible = new TextField(t("plan.responsible"));
    final TextField periodFrom = NumberInput.integer(t("plan.from"), PlanDraft.MIN_YEAR, PlanDraft.MAX_YEAR);
    final TextField periodTo = NumberInput.integer(t("plan.to"), PlanDraft.MIN_YEAR, PlanDraft.MAX_YEAR);
    final TextField decisionRef = new TextField(t("plan.decisionRef"));
    final DatePicker decisionDate = Dates.picker(t("plan.decisionDate"));
    final TextField documentUrl = new TextField(t("plan.documentUrl"));
    final ComboBox<Plan> parent = new ComboBox<>(t("plan.parent"));
    final ComboBox<Plan> successor = new ComboBox<>(t("plan.successor"));
    final DatePicker plannedAdoption = Dates.picker(t("plan.plannedAdoption"));
    final TextArea description = new TextArea(t("plan.description"));
    final Binder<PlanBean> binder = new Binder<>();
    private final Map<String, HasValidation> byField = new LinkedHashMap<>();
    private final List<OrgUnit> units;
    private List<Plan> plans;

    public PlanForm(List<OrgUnit> units, List<Plan> plans) {
        this.units = units;
        this.plans = plans;
        configure();
        bind();
        add(code, type, title, unit, responsible, periodFrom, periodTo, decisionRef, decisionDate, documentUrl, parent,
                successor, plannedAdoption, description);
        setColspan(title, 2);
        setColspan(documentUrl, 2);
        setColspan(description, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        byField.putAll(Map.ofEntries(Map.entry("code", code), Map.entry("type", type), Map.entry("title", title),
                Map.entry("ownerUnitId", unit), Map.entry("responsible", responsible), Map.entry("periodFrom", periodFrom),
                Map.entry("periodTo", periodTo), Map.entry("decisionRef", decisionRef), Map.entry("decisionDate", decisionDate),
                Map.entry("documentUrl", documentUrl), Map.entry("parentId", parent), Map.entry("successorId", successor),
                Map.entry("plannedAdoption", plannedAdoption), Map.entry("description", description)));
        read(null);
    }

    private void configure() {
        code.setHelperText(t("plan.code.help"));
        type.setItems(PlanType.values());
        type.setItemLabelGenerator(PlanLabels::type);
        unit.setItems(units);
        unit.setItemLabelGenerator(OrgUnit::name);
        for (TextField year : List.of(periodFrom, periodTo)) {
            year.setWidth("9em");
        }
        decisionRef.setHelperText(t("plan.decisionRef.help"));
        documentUrl.setHelperText(t("plan.documentUrl.help"));
        for (ComboBox<Plan> picker : List.of(parent, successor)) {
            picker.setItemLabelGenerator(PlanLabels::plan);
        }
        plannedAdoption.setHelperText(t("plan.plannedAdoption.help"));
        description.setMinHeight("6em");
        List.of(type, unit, parent, successor).forEach(c -> c.setClearButtonVisible(true));
        // the limits are shown and checked by the binder; no maxlength, which would cut a paste silently
        TextLimit.apply(code, PlanDraft.MAX_CODE);
        TextLimit.apply(title, PlanDraft.MAX_TITLE);
        TextLimit.apply(responsible, PlanDraft.MAX_TEXT);
        TextLimit.apply(decisionRef, PlanDraft.MAX_TEXT);
        TextLimit.apply(documentUrl, PlanDraft.MAX_URL);
        TextLimit.apply(description, PlanDraft.MAX_DESCRIPTION);
    }

    private void bind() {
        binder.forField(code).asRequired(t("plan.code.required")).withValidator(TextLimit.validator(PlanDraft.MAX_CODE))
                .bind(PlanBean::getCode, PlanBean::setCode);
        binder.forField(type).asRequired(t("plan.type.required")).bind(PlanBean::getType, PlanBean::setType);
        binder.forField(title).asRequired(t("plan.title.required")).withValidator(TextLimit.validator(PlanDraft.MAX_TITLE))
                .bind(PlanBean::getTitle, PlanBean::setTitle);
        binder.forField(unit).bind(PlanBean::getUnit, PlanBean::setUnit);
        binder.forField(responsible).withValidator(TextLimit.validator(PlanDraft.MAX_TEXT))
                .bind(PlanBean::getResponsible, PlanBean::setResponsible);
        binder.forField(periodFrom).withConverter(NumberInput.integerConverter(periodFrom))
                .bind(PlanBean::getPeriodFrom, PlanBean::setPeriodFrom);
        binder.forField(periodTo).withConverter(NumberInput.integerConverter(periodTo))
                .bind(PlanBean::getPeriodTo, PlanBean::setPeriodTo);
        binder.forField(decisionRef).withValidator(TextLimit.validator(PlanDraft.MAX_TEXT))
                .bind(PlanBean::getDecisionRef, PlanBean::setDecisionRef);
        binder.forField(decisionDate).bind(PlanBean::getDecisionDate, PlanBean::setDecisionDate);
        binder.forField(documentUrl).withValidator(TextLimit.validator(PlanDraft.MAX_URL))
                .bind(PlanBean::getDocumentUrl, PlanBean::setDocumentUrl);
        binder.forField(parent).bind(PlanBean::getParent, PlanBean::setParent);
        binder.forField(successor).bind(PlanBean::getSuccessor, PlanBean::setSuccessor);
        binder.forField(plannedAdoption).bind(PlanBean::getPlannedAdoption, PlanBean::setPlannedAdoption);
        binder.forField(description).withValidator(TextLimit.validator(PlanDraft.MAX_DESCRIPTION))
                .bind(PlanBean::getDescription, PlanBean::setDescription);
    }

    /** Shows {@code plan} (or an empty form for a new plan); the plan itself is left out of its pickers. */
    public void read(Plan plan) {
        List<Plan> others = plans.stream().filter(p -> plan == null || p.id() != plan.id()).toList();
        parent.setItems(others);
        successor.setItems(others);
        binder.readBean(plan == null ? new PlanBean() : PlanBean.of(plan, units, plans));
        clearErrors();
    }

    /** New picker lists (after a save someone else's plans may have come). */
    void setPlans(List<Plan> all) {
        this.plans = all;
    }

    /** The draft, or empty when a field fails the form's own checks (they are then shown on the fields). */
    public Optional<PlanDraft> write(List<Long> serves) {
        clearErrors();
        PlanBean bean = new PlanBean();
        if (!binder.writeBeanIfValid(bean)) {
            return Optional.empty();
        }
        return Optional.of(bean.toDraft(serves));
    }

    public boolean hasChanges() {
        return binder.hasChanges();
    }

    /** Puts each field error on its field; returns the messages that belong to no field. */
    public List<String> showErrors(InvalidInputException e) {
        List<String> rest = new ArrayList<>();
        e.fieldMessages().forEach((field, m) -> {
            String message = ServerTexts.of(m);
            HasValidation f = byField.get(field);
            if (f == null) {
                rest.add(message);
            } else {
                f.setErrorMessage(message);
                f.setInvalid(true);
            }
        });
        if (e.fieldMessages().isEmpty()) {
            rest.add(ServerTexts.of(e));
        }
        return rest;
    }

    void clearErrors() {
        byField.values().forEach(f -> f.setInvalid(false));
    }

    public void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    /** After a status change elsewhere: the two fields a status change sets, keeping the user's other input. */
    void takeStatusFields(Plan p) {
        successor.setValue(PlanBean.byId(plans, p.successorId()));
        plannedAdoption.setValue(p.plannedAdoption());
    }
}
