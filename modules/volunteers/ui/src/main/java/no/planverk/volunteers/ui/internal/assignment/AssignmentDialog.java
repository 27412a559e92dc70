package no.planverk.volunteers.ui.internal.assignment;

import no.planverk.ui.api.ServerTexts;
import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.NumberInput;
import no.planverk.ui.api.TextLimit;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentDraft;
import no.planverk.platform.api.link.MeasureRef;
import no.planverk.volunteers.api.Check;
import no.planverk.volunteers.api.Organisation;
import no.planverk.volunteers.api.Schedule;
import no.planverk.volunteers.api.Texts;
import no.planverk.volunteers.ui.internal.Errors;
import no.planverk.volunteers.ui.internal.Inputs;
import no.planverk.volunteers.ui.internal.Labels;
import no.planverk.volunteers.ui.internal.Services;
import no.planverk.volunteers.ui.internal.StepNames;

/**
 * Creates or changes an assignment: unit, step, what and where, once or weekly, how many, checks and skills. The
 * service decides who may (coordinators, and leaders of the unit); its field errors are shown on the fields.
 */
public class AssignmentDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private final transient Services s;
    private final Assignment existing;
    private final transient Consumer<Assignment> onSaved;
    final ComboBox<OrgUnit> unit = new ComboBox<>(t("assignment.unit"));
    final ComboBox<Integer> step = new ComboBox<>(t("assignment.step"));
    final TextField title = new TextField(t("assignment.title"));
    final TextArea description = new TextArea(t("assignment.description"));
    final TextField place = new TextField(t("assignment.place"));
    final ComboBox<Organisation> organisation = new ComboBox<>(t("assignment.organisation"));
    final RadioButtonGroup<Boolean> weekly = new RadioButtonGroup<>(t("assignment.repeat"));
    final DatePicker start = Inputs.date(t("assignment.start"));
    final DatePicker end = Inputs.date(t("assignment.end"));
    final ComboBox<DayOfWeek> weekday = new ComboBox<>(t("assignment.weekday"));
    final TimePicker from = new TimePicker(t("assignment.from"));
    final TimePicker to = new TimePicker(t("assignment.to"));
    final TextField needed = NumberInput.integer(t("assignment.needed"), 1, AssignmentDraft.MAX_NEEDED);
    final CheckboxGroup<Check> checks = new CheckboxGroup<>(t("assignment.checks"));
    final TextField skills = new TextField(t("assignment.skills"));
    /** Shown with the measures module only; without it a link is kept as it is. */
    final ComboBox<MeasureRef> measure = new ComboBox<>(t("assignment.measure"));
    final Paragraph problem = new Paragraph();
    final Button save = new Button(t("action.save"));

    public AssignmentDialog(Services s, Assignment existing, Consumer<Assignment> onSaved) {
        this.s = s;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? t("assignments.create") : t("assignment.edit"));
        configure();
        FormLayout form = new FormLayout(unit, step, title, place, description, organisation, weekly, start, weekday, end, from, to, needed,
                checks, skills);
        form.setColspan(description, 2);
        form.setColspan(title, 2);
        form.setColspan(skills, 2);
        s.measureDirectory().ifPresent(d -> {
            measure.setItems(d.measures());
            form.add(measure);
            form.setColspan(measure, 2);
        });
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setWidth("min(48em, 90vw)");
        problem.setVisible(false);
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color, #b71c1c)");
        add(form, problem);
        if (existing != null) {
            read(existing);
        }
        showRepeat();
        save.setId("planverk-assignment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(t("action.cancel"), e -> close()), save);
    }

    private void configure() {
        unit.setItems(s.units().list());
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setRequired(true);
        StepNames steps = StepNames.of(s);
        step.setItems(steps.numbers());
        step.setItemLabelGenerator(steps::label);
        step.setValue(1);
        step.setHelperText(steps.help("assignment.step.help"));
        title.setRequired(true);
        TextLimit.apply(title, Texts.MAX_NAME);
        TextLimit.apply(description, Texts.MAX_TEXT);
        TextLimit.apply(place, Texts.MAX_NAME);
        organisation.setItems(s.organisations().list(null));
        organisation.setItemLabelGenerator(Organisation::name);
        organisation.setClearButtonVisible(true);
        weekly.setItems(false, true);
        weekly.setItemLabelGenerator(w -> w ? t("assignment.weekly") : t("assignment.once"));
        weekly.setValue(true);
        weekly.addValueChangeListener(e -> showRepeat());
        start.setValue(s.today());
        start.setRequired(true);
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(Labels::day);
        end.setHelperText(t("assignment.end.help"));
        for (TimePicker p : List.of(from, to)) {
            p.setStep(Duration.ofMinutes(15));
            p.setLocale(no.planverk.ui.api.Formats.NORWEGIAN);
            p.setRequired(true);
        }
        from.setValue(LocalTime.of(10, 0));
        to.setValue(LocalTime.of(12, 0));
        NumberInput.set(needed, 1);
        checks.setItems(Check.values());
        checks.setItemLabelGenerator(Labels::check);
        skills.setHelperText(t("volunteer.words.help"));
        measure.setItemLabelGenerator(MeasureRef::label);
        measure.setClearButtonVisible(true);
        measure.setHelperText(t("assignment.measure.help"));
        measure.setId("planverk-assignment-measure");
    }

    private void showRepeat() {
        boolean w = Boolean.TRUE.equals(weekly.getValue());
        weekday.setVisible(w);
        end.setVisible(w);
        start.setLabel(w ? t("assignment.start") : t("assignment.date"));
        if (w && weekday.getValue() == null && start.getValue() != null) {
            weekday.setValue(start.getValue().getDayOfWeek());
        }
    }

    private void read(Assignment a) {
        s.units().find(a.unitId()).ifPresent(unit::setValue);
        step.setValue(a.step());
        title.setValue(a.title());
        description.setValue(a.description() == null ? "" : a.description());
        place.setValue(a.place() == null ? "" : a.place());
        organisation.getListDataView().getItems().filter(o -> a.organisationId() != null && o.id() == a.organisationId()).findFirst()
                .ifPresent(organisation::setValue);
        weekly.setValue(a.schedule().recurring());
        start.setValue(a.schedule().start());
        weekday.setValue(a.schedule().weekday());
        end.setValue(a.schedule().recurring() ? a.schedule().end() : null);
        from.setValue(a.schedule().from());
        to.setValue(a.schedule().to());
        NumberInput.set(needed, a.needed());
        checks.setValue(a.requiredChecks());
        skills.setValue(Labels.words(a.requiredSkills()));
        if (a.measureId() != null && s.measureDirectory().isPresent()) {
            measure.getListDataView().getItems().filter(m -> m.id() == a.measureId()).findFirst().ifPresent(measure::setValue);
        }
    }

    /** The chosen measure; without the measures module the assignment keeps the one it has. */
    private Long measureId() {
        if (s.measureDirectory().isEmpty()) {
            return existing == null ? null : existing.measureId();
        }
        return measure.getValue() == null ? null : measure.getValue().id();
    }

    void save() {
        problem.setVisible(false);
        List<HasValidation> missing = new ArrayList<>();
        if (unit.getValue() == null) {
            missing.add(unit);
        }
        if (start.getValue() == null) {
            missing.add(start);
        }
        if (from.getValue() == null || to.getValue() == null) {
            missing.add(from);
        }
        boolean w = Boolean.TRUE.equals(weekly.getValue());
        if (w && weekday.getValue() == null) {
            missing.add(weekday);
        }
        missing.forEach(f -> {
            f.setErrorMessage(t("assignment.required"));
            f.setInvalid(true);
        });
        boolean fits = TextLimit.check(title, Texts.MAX_NAME) & TextLimit.check(description, Texts.MAX_TEXT)
                & TextLimit.check(place, Texts.MAX_NAME) & NumberInput.valid(needed);
        if (!missing.isEmpty() || !fits) {
            return;
        }
        Schedule schedule = w ? Schedule.weekly(weekday.getValue(), start.getValue(), end.getValue(), from.getValue(), to.getValue())
                : Schedule.once(start.getValue(), from.getValue(), to.getValue());
        AssignmentDraft draft = new AssignmentDraft(unit.getValue().id(), step.getValue() == null ? 0 : step.getValue(), title.getValue(),
                description.getValue(), place.getValue(), organisation.getValue() == null ? null : organisation.getValue().id(), schedule,
                NumberInput.intValue(needed) == null ? 0 : NumberInput.intValue(needed), checks.getValue(), Labels.words(skills.getValue()),
                measureId());
        try {
            Assignment saved = existing == null ? s.assignments().create(draft, CurrentUser.require())
                    : s.assignments().update(existing.id(), existing.version(), draft, CurrentUser.require());
            Errors.success(t("assignment.saved", saved.title()));
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException e) {
            Map<String, HasValidation> fields = Map.of("step", step, "title", title, "description", description, "place", place,
                    "schedule", to, "needed", needed, "requiredSkills", skills, "measureId", measure);
            List<String> rest = new ArrayList<>();
            e.fieldMessages().forEach((f, m) -> {
                HasValidation field = fields.get(f);
                if (field == null) {
                    rest.add(ServerTexts.of(m));
                } else {
                    field.setErrorMessage(t("volunteer.field.invalid", ServerTexts.of(m)));
                    field.setInvalid(true);
                }
            });
            if (!rest.isEmpty() || e.fieldMessages().isEmpty()) {
                problem.setText(t("error.invalid", rest.isEmpty() ? ServerTexts.of(e) : String.join("; ", rest)));
                problem.setVisible(true);
            }
        } catch (PlanverkException e) {
            problem.setText(Errors.message(e));
            problem.setVisible(true);
        }
    }
}
