package no.planverk.plans.ui.internal.plan;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanEdition;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.StatusChange;
import no.planverk.plans.api.StatusEvent;
import no.planverk.plans.ui.internal.Dates;
import no.planverk.plans.ui.internal.PlanErrors;
import no.planverk.plans.ui.internal.PlanLabels;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.TextLimit;

/**
 * The plan's lifecycle: the current status, a form offering only the allowed next statuses (with the
 * successor for "replaced" and the planned adoption for "revision"), the dated history and the editions
 * kept by revisions.
 */
class StatusTab extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    /** The service's limit of a status note (plans core refuses longer ones). */
    static final int MAX_NOTE = 1000;

    private final transient PlanService plans;
    private final transient Consumer<Plan> changed;
    private final transient Function<Long, String> unitName;
    final Span current = new Span();
    final Select<PlanStatus> next = new Select<>();
    final DatePicker date = Dates.picker(t("status.date"));
    final TextArea note = new TextArea(t("status.note"));
    final ComboBox<Plan> successor = new ComboBox<>(t("plan.successor"));
    final DatePicker plannedAdoption = Dates.picker(t("plan.plannedAdoption"));
    final Button change = new Button(t("status.change"), VaadinIcon.ARROW_RIGHT.create());
    final FormLayout form = new FormLayout();
    final Paragraph finalNote = new Paragraph(t("status.final"));
    final Grid<StatusEvent> history = new Grid<>();
    final Grid<PlanEdition> editions = new Grid<>();
    final Paragraph noEditions = new Paragraph(t("edition.none"));
    EditionDialog dialog;
    private Plan plan;

    StatusTab(Plan plan, PlanService plans, Function<Long, String> unitName, boolean canEdit, Consumer<Plan> changed) {
        this.plan = plan;
        this.plans = plans;
        this.unitName = unitName;
        this.changed = changed;
        setPadding(false);
        current.setId("planverk-plan-current-status");
        add(new H3(t("status.title")), current);
        if (canEdit) {
            configureForm();
            add(form, change, finalNote);
        }
        configureGrids();
        add(new H3(t("status.history")), history, new H3(t("edition.heading")), noEditions, editions);
        refresh();
    }

    private void configureForm() {
        next.setLabel(t("status.next"));
        next.setItemLabelGenerator(PlanLabels::status);
        next.setEmptySelectionAllowed(false);
        next.addValueChangeListener(e -> showExtras());
        TextLimit.apply(note, MAX_NOTE); // shown and refused, not cut as maxlength would
        successor.setItemLabelGenerator(PlanLabels::plan);
        successor.setHelperText(t("status.successor.help"));
        plannedAdoption.setHelperText(t("status.plannedAdoption.help"));
        form.add(next, date, successor, plannedAdoption, note);
        form.setColspan(note, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> submit());
    }

    /** A note as written, except the two the import writes itself ("Imported", "Set by import"), said in the UI language. */
    static String note(String note) {
        if (note == null) {
            return "";
        }
        return switch (note) {
            case "Imported" -> t("status.note.imported");
            case "Set by import" -> t("status.note.setByImport");
            default -> note;
        };
    }

    private void configureGrids() {
        history.setId("planverk-status-history");
        history.addColumn(s -> Formats.date(s.date())).setHeader(t("status.date")).setKey("date").setAutoWidth(true).setFlexGrow(0);
        history.addComponentColumn(s -> PlanLabels.badge(s.status())).setHeader(t("plan.status")).setKey("status")
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(s -> note(s.note())).setHeader(t("status.note")).setKey("note").setFlexGrow(2);
        history.addColumn(StatusEvent::actor).setHeader(t("status.actor")).setKey("actor").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(s -> Formats.dateTime(s.at())).setHeader(t("status.at")).setKey("at").setAutoWidth(true).setFlexGrow(0);
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        editions.setId("planverk-editions");
        editions.addColumn(PlanEdition::label).setHeader(t("edition.label")).setKey("label").setFlexGrow(2);
        editions.addColumn(e -> Formats.dateTime(e.createdAt())).setHeader(t("edition.createdAt")).setKey("createdAt")
                .setAutoWidth(true).setFlexGrow(0);
        editions.addComponentColumn(e -> new Button(t("edition.show"), VaadinIcon.EYE.create(), c -> showEdition(e)))
                .setHeader(t("edition.open")).setKey("show").setAutoWidth(true).setFlexGrow(0);
        editions.addThemeVariants(GridVariant.LUMO_COMPACT);
        editions.setAllRowsVisible(true);
    }

    void refresh() {
        current.removeAll();
        current.add(PlanLabels.badge(plan.status()),
                new Span(plan.statusDate() == null ? "" : " " + t("status.since", Formats.date(plan.statusDate()))));
        List<PlanStatus> allowed = new ArrayList<>(plan.status().next());
        next.setItems(allowed);
        next.setValue(allowed.isEmpty() ? null : allowed.get(0));
        date.setValue(LocalDate.now(Formats.OSLO));
        List<Plan> others = plans.all().stream().filter(p -> p.id() != plan.id()).toList();
        successor.setItems(others);
        successor.setValue(PlanBean.byId(others, plan.successorId()));
        plannedAdoption.setValue(plan.plannedAdoption());
        form.setVisible(!allowed.isEmpty());
        change.setVisible(!allowed.isEmpty());
        finalNote.setVisible(allowed.isEmpty());
        showExtras();
        List<StatusEvent> events = new ArrayList<>(plans.history(plan.id()));
        Collections.reverse(events);
        history.setItems(events);
        List<PlanEdition> kept = plans.editions(plan.id());
        editions.setItems(kept);
        editions.setVisible(!kept.isEmpty());
        noEditions.setVisible(kept.isEmpty());
    }

    private void showExtras() {
        successor.setVisible(next.getValue() == PlanStatus.REPLACED);
        plannedAdoption.setVisible(next.getValue() == PlanStatus.REVISION);
        successor.setInvalid(false);
        next.setInvalid(false);
    }

    void submit() {
        PlanStatus to = next.getValue();
        if (to == null) {
            next.setErrorMessage(t("status.next.required"));
            next.setInvalid(true);
            return;
        }
        if (!TextLimit.check(note, MAX_NOTE)) {
            return;
        }
        apply(new StatusChange(to, date.getValue(), note.getValue(), to == PlanStatus.REPLACED ? successorId() : null,
                to == PlanStatus.REVISION ? plannedAdoption.getValue() : null));
    }

    private Long successorId() {
        return successor.getValue() == null ? null : successor.getValue().id();
    }

    /** Sends the change; a refusal is shown in the user's language and the form keeps its input. */
    void apply(StatusChange c) {
        try {
            Plan after = plans.changeStatus(plan.id(), plan.version(), c, CurrentUser.require());
            plan = after;
            note.clear();
            refresh();
            PlanErrors.success(t("status.changed", PlanLabels.status(after.status())));
            changed.accept(after);
        } catch (InvalidInputException e) {
            refused(c, e);
        } catch (StaleVersionException e) {
            PlanErrors.error(t("status.stale"));
            plans.find(plan.id()).ifPresent(fresh -> {
                String keep = note.getValue();
                plan = fresh;
                refresh();
                note.setValue(keep);
                changed.accept(fresh);
            });
        } catch (PlanverkException e) {
            PlanErrors.show(e);
        }
    }

    private void refused(StatusChange c, InvalidInputException e) {
        if (e.fieldErrors().containsKey("to")) {
            String allowed = plan.status().next().stream().map(PlanLabels::status).collect(Collectors.joining(", "));
            PlanErrors.error(t("status.refused", PlanLabels.status(plan.status()), PlanLabels.status(c.to()),
                    allowed.isEmpty() ? t("status.none") : allowed));
        } else if (e.fieldErrors().containsKey("successorId")) {
            successor.setErrorMessage(t("status.successor.required"));
            successor.setInvalid(true);
        } else if (e.fieldErrors().containsKey("note")) {
            note.setErrorMessage(ServerTexts.of(e.fieldMessages().get("note")));
            note.setInvalid(true);
        } else {
            PlanErrors.show(e);
        }
    }

    /** The plan changed elsewhere on the page (a save): take the new version. */
    void planChanged(Plan p) {
        if (p.version() != plan.version()) {
            plan = p;
            String keep = note.getValue();
            refresh();
            note.setValue(keep);
        }
    }

    void showEdition(PlanEdition e) {
        dialog = new EditionDialog(e, unitName, id -> id == null ? "" : plans.find(id).map(PlanLabels::plan).orElse(""));
        dialog.open();
    }
}
