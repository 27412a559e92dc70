package no.planverk.measures.ui.internal.measure;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.planverk.measures.api.GoalInfo;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.plans.api.Ownership;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.PlanInfo;
import no.planverk.measures.api.Responsibility;
import no.planverk.measures.api.YearAmount;
import no.planverk.measures.ui.internal.MeasureLabels;
import no.planverk.measures.ui.internal.MeasuresView;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.ui.api.NumberInput;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.TextLimit;

/**
 * Every editable field of a measure, bound to a {@link MeasureBean}: plan and goals as pickers when the
 * plans module lends them (a {@link PlanDirectory}), as free text otherwise. The form never calls the
 * service: the caller reads a measure in, writes a draft out and hands service errors back with
 * {@link #showErrors}; the user's input stays in the fields either way.
 */
public class MeasureForm extends FormLayout {

    private static final long serialVersionUID = 1L;

    final ComboBox<PlanInfo> plan = new ComboBox<>(t("measure.plan"));
    final TextField planName = new TextField(t("measure.plan"));
    final TextField number = new TextField(t("measure.number"));
    final TextField title = new TextField(t("measure.title"));
    final TextArea description = new TextArea(t("measure.description"));
    final MultiSelectComboBox<GoalInfo> goals = new MultiSelectComboBox<>(t("measure.goals"));
    final TextArea goalText = new TextArea(t("measure.goalText"));
    final ComboBox<MeasureKind> kind = new ComboBox<>(t("measure.kind"));
    final ComboBox<PlanInfo> carrierPlan = new ComboBox<>(t("measure.carrierPlan"));
    final TextField carrierText = new TextField(t("measure.carrierText"));
    final ComboBox<Responsibility> responsibility = new ComboBox<>(t("measure.responsibility"));
    final MultiSelectComboBox<OrgUnit> units = new MultiSelectComboBox<>(t("measure.units"));
    final TextField contact = new TextField(t("measure.contact"));
    final TextField fromYear = NumberInput.integer(t("measure.fromYear"), 1900, 2200);
    final TextField toYear = NumberInput.integer(t("measure.toYear"), 1900, 2200);
    final ComboBox<Ownership> ownership = new ComboBox<>(t("measure.ownership"));
    final YearRows years = new YearRows();
    final Binder<MeasureBean> binder = new Binder<>();
    private final Map<String, HasValidation> byField = new HashMap<>();
    private final List<OrgUnit> allUnits;
    private final PlanDirectory directory;

    public MeasureForm(List<OrgUnit> allUnits, PlanDirectory directory) {
        this.allUnits = allUnits;
        this.directory = directory;
        configure();
        bind();
        if (directory != null) {
            add(plan, number, title, goals, kind, carrierPlan, carrierText);
            setColspan(goals, 2);
        } else {
            add(planName, number, title, goalText, kind, carrierText);
            setColspan(goalText, 2);
        }
        add(responsibility, units, contact, ownership, fromYear, toYear, years, description);
        setColspan(title, 2);
        setColspan(units, 2);
        setColspan(years, 2);
        setColspan(description, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        byField.putAll(Map.<String, HasValidation>ofEntries(Map.entry("planId", directory != null ? (HasValidation) plan : planName), Map.entry("planName", planName),
                Map.entry("number", number), Map.entry("title", title), Map.entry("description", description),
                Map.entry("goalIds", goals), Map.entry("goalText", goalText), Map.entry("kind", kind),
                Map.entry("carrierPlanId", carrierPlan), Map.entry("carrierText", carrierText),
                Map.entry("responsibility", responsibility), Map.entry("unitIds", units), Map.entry("contact", contact),
                Map.entry("fromYear", fromYear), Map.entry("toYear", toYear), Map.entry("ownership", ownership)));
        read(null);
    }

    private void configure() {
        if (directory != null) {
            List<PlanInfo> plans = directory.plans();
            plan.setItems(plans);
            plan.setItemLabelGenerator(MeasuresView::planLabel);
            carrierPlan.setItems(plans);
            carrierPlan.setItemLabelGenerator(MeasuresView::planLabel);
            carrierPlan.setClearButtonVisible(true);
            goals.setItemLabelGenerator(g -> g.code() + " " + g.text());
            goals.setHelperText(t("measure.goals.help"));
            plan.addValueChangeListener(e -> goalItems(e.getValue()));
            goalItems(null);
        }
        planName.setHelperText(t("measure.planName.help"));
        number.setHelperText(t("measure.number.help"));
        description.setMinHeight("6em");
        kind.setItems(MeasureKind.values());
        kind.setItemLabelGenerator(MeasureLabels::kind);
        carrierText.setHelperText(t("measure.carrierText.help"));
        responsibility.setItems(Responsibility.values());
        responsibility.setItemLabelGenerator(MeasureLabels::responsibility);
        units.setItems(allUnits);
        units.setItemLabelGenerator(OrgUnit::name);
        units.setHelperText(t("measure.units.help"));
        for (TextField y : List.of(fromYear, toYear)) {
            y.setWidth("9em");
        }
        // limits shown with a live count and checked by the binder; no maxlength, which cuts a paste silently
        TextLimit.apply(planName, MeasureDraft.MAX_TEXT);
        TextLimit.apply(number, MeasureDraft.MAX_NUMBER);
        TextLimit.apply(title, MeasureDraft.MAX_TITLE);
        TextLimit.apply(description, MeasureDraft.MAX_DESCRIPTION);
        TextLimit.apply(goalText, MeasureDraft.MAX_DESCRIPTION);
        TextLimit.apply(carrierText, MeasureDraft.MAX_TEXT);
        TextLimit.apply(contact, MeasureDraft.MAX_TEXT);
        ownership.setItems(Ownership.values());
        ownership.setItemLabelGenerator(MeasureLabels::ownership);
    }

    /** Goals of the chosen plan; goals already chosen stay choosable (they may belong to another plan). */
    private void goalItems(PlanInfo p) {
        List<GoalInfo> items = new ArrayList<>(p != null ? directory.goals(p.id())
                : directory.plans().stream().flatMap(x -> directory.goals(x.id()).stream()).toList());
        var chosen = goals.getValue();
        chosen.stream().filter(g -> !items.contains(g)).forEach(items::add);
        goals.setItems(items);
        goals.setValue(chosen);
    }

    private void bind() {
        if (directory != null) {
            binder.forField(plan).asRequired(t("measure.plan.required")).bind(MeasureBean::getPlan, MeasureBean::setPlan);
            binder.forField(goals).bind(MeasureBean::getGoals, MeasureBean::setGoals);
            binder.forField(carrierPlan).bind(MeasureBean::getCarrierPlan, MeasureBean::setCarrierPlan);
        } else {
            binder.forField(planName).asRequired(t("measure.plan.required")).withValidator(TextLimit.validator(MeasureDraft.MAX_TEXT)).bind(MeasureBean::getPlanName, MeasureBean::setPlanName);
            binder.forField(goalText).withValidator(TextLimit.validator(MeasureDraft.MAX_DESCRIPTION)).bind(MeasureBean::getGoalText, MeasureBean::setGoalText);
        }
        binder.forField(number).asRequired(t("measure.number.required")).withValidator(TextLimit.validator(MeasureDraft.MAX_NUMBER)).bind(MeasureBean::getNumber, MeasureBean::setNumber);
        binder.forField(title).asRequired(t("measure.title.required")).withValidator(TextLimit.validator(MeasureDraft.MAX_TITLE)).bind(MeasureBean::getTitle, MeasureBean::setTitle);
        binder.forField(description).withValidator(TextLimit.validator(MeasureDraft.MAX_DESCRIPTION)).bind(MeasureBean::getDescription, MeasureBean::setDescription);
        binder.forField(kind).bind(MeasureBean::getKind, MeasureBean::setKind);
        binder.forField(carrierText).withValidator(TextLimit.validator(MeasureDraft.MAX_TEXT)).bind(MeasureBean::getCarrierText, MeasureBean::setCarrierText);
        binder.forField(responsibility).bind(MeasureBean::getResponsibility, MeasureBean::setResponsibility);
        binder.forField(units).bind(MeasureBean::getUnits, MeasureBean::setUnits);
        binder.forField(contact).withValidator(TextLimit.validator(MeasureDraft.MAX_TEXT)).bind(MeasureBean::getContact, MeasureBean::setContact);
        binder.forField(fromYear).withConverter(NumberInput.integerConverter(fromYear)).bind(MeasureBean::getFromYear, MeasureBean::setFromYear);
        binder.forField(toYear).withConverter(NumberInput.integerConverter(toYear)).bind(MeasureBean::getToYear, MeasureBean::setToYear);
        binder.forField(ownership).bind(MeasureBean::getOwnership, MeasureBean::setOwnership);
    }

    /** Shows {@code m} (or an empty form for a new measure). */
    public void read(Measure m) {
        MeasureBean bean = m == null ? new MeasureBean() : MeasureBean.of(m, allUnits, directory);
        if (directory != null) {
            goalItems(bean.getPlan());
        }
        binder.readBean(bean);
        years.setValue(m == null ? List.of() : m.years());
        clearErrors();
    }

    /** The draft, or empty when a field fails the form's own checks (they are then shown on the fields). */
    public Optional<MeasureDraft> write() {
        clearErrors();
        MeasureBean bean = new MeasureBean();
        boolean valid = binder.writeBeanIfValid(bean);
        Optional<List<YearAmount>> y = years.value();
        if (!valid || y.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(bean.toDraft(y.get(), directory != null));
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
            if ("years".equals(field)) {
                years.showError(message);
            } else if (f == null) {
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
        years.clearError();
    }

    public void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        years.setReadOnly(readOnly);
    }
}
