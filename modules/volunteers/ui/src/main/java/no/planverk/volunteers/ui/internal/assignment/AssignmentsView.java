package no.planverk.volunteers.ui.internal.assignment;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.OrgUnit;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentQuery;
import no.planverk.volunteers.ui.internal.Labels;
import no.planverk.volunteers.ui.internal.Services;
import no.planverk.volunteers.ui.internal.StepNames;
import no.planverk.volunteers.ui.internal.VolNav;


/** The assignments at {@code volunteers/assignments}: per unit (with the units below) or all, open only, by step. Every role reads them. */
public class AssignmentsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient Services s;
    final ComboBox<OrgUnit> unit = new ComboBox<>(t("assignments.unit"));
    final ComboBox<Integer> step = new ComboBox<>(t("assignments.step"));
    final Checkbox openOnly = new Checkbox(t("assignments.openOnly"));
    final Grid<Assignment> grid = new Grid<>();
    final Paragraph count = new Paragraph();
    final Button create = new Button(t("assignments.create"),
            VaadinIcon.PLUS.create());
    private final Map<Long, String> units;
    private final StepNames steps;

    public AssignmentsView(Services services) {
        this.s = services;
        this.units = s.unitNames();
        this.steps = StepNames.of(s);
        setWidthFull();
        unit.setId("planverk-assignments-unit");
        unit.setItems(s.units().list());
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setClearButtonVisible(true);
        unit.setPlaceholder(t("assignments.allUnits"));
        step.setId("planverk-assignments-step");
        step.setItems(steps.numbers());
        step.setItemLabelGenerator(steps::label);
        step.setClearButtonVisible(true);
        step.setPlaceholder(t("volunteers.any"));
        openOnly.setId("planverk-assignments-open");
        unit.addValueChangeListener(e -> refresh());
        step.addValueChangeListener(e -> refresh());
        openOnly.addValueChangeListener(e -> refresh());
        configureGrid();
        create.setId("planverk-assignments-create");
        create.setVisible(VolNav.mayPlan());
        create.addClickListener(e -> new AssignmentDialog(s, null, a -> UI.getCurrent()
                .navigate(VolNav.assignment(a.id()))).open());
        HorizontalLayout filters = new HorizontalLayout(unit, step, openOnly, create);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        count.setId("planverk-assignments-count");
        add(VolNav.bar(VolNav.ASSIGNMENTS), new H2(t("assignments.title")), new Paragraph(t("assignments.help")), filters, count, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("planverk-assignments-grid");
        grid.addComponentColumn(a -> VolNav.link(VolNav.assignment(a.id()), a.title())).setHeader(t("assignment.title")).setKey("title")
                .setFlexGrow(2).setResizable(true);
        grid.addColumn(a -> Services.name(units, a.unitId())).setHeader(t("assignment.unit")).setKey("unit").setFlexGrow(1);
        grid.addColumn(a -> steps.label(a.step())).setHeader(t("assignment.step")).setKey("step").setAutoWidth(true);
        grid.addColumn(a -> Labels.schedule(a.schedule())).setHeader(t("assignment.time")).setKey("time").setFlexGrow(2);
        grid.addColumn(Assignment::place).setHeader(t("assignment.place")).setKey("place").setAutoWidth(true);
        grid.addComponentColumn(this::filled).setHeader(t("assignment.filled")).setKey("filled").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(t("assignments.empty"));
    }

    private Component filled(Assignment a) {
        Span text = new Span(t("assignment.filledOf", a.filled(), a.needed()));
        if (a.openOn(s.today())) {
            Span open = new Span(t("assignment.open"));
            open.getElement().getThemeList().add("badge");
            return new HorizontalLayout(text, open);
        }
        return text;
    }

    void refresh() {
        List<Assignment> rows = s.assignments().list(new AssignmentQuery(unit.getValue() == null ? null : unit.getValue().id(),
                openOnly.getValue(), step.getValue()));
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 50);
        count.setText(t("assignments.count", rows.size()));
    }

    @Override
    public String getPageTitle() {
        return t("assignments.title") + " – Planverk";
    }
}
