package no.planverk.competence.ui.internal.measures;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;
import static no.planverk.competence.ui.internal.GapSection.number;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.Year;
import java.util.List;
import no.planverk.competence.ui.internal.CompetenceNav;
import no.planverk.competence.ui.internal.Errors;
import no.planverk.competence.ui.internal.Labels;
import no.planverk.competence.ui.internal.Rights;
import no.planverk.competence.ui.internal.Units;
import no.planverk.ui.api.NumberInput;
import no.planverk.competence.api.CompetenceMeasure;
import no.planverk.competence.api.CompetenceMeasureService;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.Notices;

/**
 * Competence measures at {@code competence/measures}: courses, apprentices, student placements, mentor programmes with
 * planned and actual participants; everyone reads, planners and the unit's leaders create and edit.
 */
public class MeasuresView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient CompetenceMeasureService measures;
    private final transient Units units;
    private final transient List<OrgUnit> editable;
    final ComboBox<OrgUnit> unit = new ComboBox<>(t("measures.unit"));
    final TextField year = NumberInput.integer(t("measures.year"), 1900, 2200);
    final Button create = new Button(t("measure.new"), VaadinIcon.PLUS.create());
    final Grid<CompetenceMeasure> grid = new Grid<>();
    final Paragraph totals = new Paragraph();

    public MeasuresView(CompetenceMeasureService measures, OrgUnitService orgUnits) {
        this.measures = measures;
        this.units = Units.of(orgUnits);
        UserContext user = CurrentUser.require();
        this.editable = new Rights(units.all()).editable(units.all(), user);
        setWidthFull();
        unit.setItems(units.all());
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setClearButtonVisible(true);
        unit.setPlaceholder(t("measures.allUnits"));
        unit.setWidth("24em");
        unit.setId("planverk-competence-measures-unit");
        year.setClearButtonVisible(true);
        year.setPlaceholder(t("measures.allYears"));
        year.setId("planverk-competence-measures-year");
        unit.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        create.setId("planverk-competence-measure-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(!editable.isEmpty());
        create.addClickListener(e -> open(null));
        configureGrid(!editable.isEmpty());
        totals.setId("planverk-competence-measures-totals");
        HorizontalLayout filters = new HorizontalLayout(unit, year, create);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(CompetenceNav.bar(CompetenceNav.MEASURES), new H2(t("measures.title")), new Paragraph(t("measures.help")), filters, totals,
                grid);
        refresh();
    }

    private void configureGrid(boolean actions) {
        grid.setId("planverk-competence-measures");
        grid.addColumn(m -> Integer.toString(m.year())).setHeader(t("col.year")).setKey("year").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> units.name(m.unitId())).setHeader(t("col.unit")).setKey("unit").setWidth("12em").setFlexGrow(1);
        grid.addColumn(m -> Labels.kind(m.kind())).setHeader(t("col.kind")).setKey("kind").setWidth("10em").setFlexGrow(1);
        grid.addColumn(CompetenceMeasure::title).setHeader(t("col.title")).setKey("title").setWidth("16em").setFlexGrow(3);
        grid.addColumn(m -> m.category() == null ? "" : Labels.category(m.category())).setHeader(t("col.category")).setKey("category")
                .setWidth("10em").setFlexGrow(1);
        number(grid.addColumn(m -> Formats.integer(m.plannedParticipants())).setHeader(t("col.planned")).setKey("planned"));
        number(grid.addColumn(m -> m.actualParticipants() == null ? t("measures.notReported") : Formats.integer(m.actualParticipants()))
                .setHeader(t("col.actual")).setKey("actual"));
        grid.addComponentColumn(this::link).setHeader(t("col.measure")).setKey("measure").setAutoWidth(true);
        if (actions) {
            grid.addComponentColumn(this::actions).setHeader(t("col.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(t("measures.empty"));
    }

    /** The linked measure: a link to its page while the measures module is installed, else the bare id. */
    private Component link(CompetenceMeasure m) {
        if (m.measureId() == null) {
            return new Span();
        }
        String text = m.measureLabel() != null ? m.measureLabel() : t("measures.measureId", m.measureId());
        if (!measures.measuresInstalled()) {
            return new Span(text);
        }
        Anchor a = new Anchor("measures/measure/" + m.measureId(), text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    private HorizontalLayout actions(CompetenceMeasure m) {
        HorizontalLayout h = new HorizontalLayout();
        h.setSpacing(false);
        if (editable.stream().noneMatch(u -> u.id() == m.unitId())) {
            return h;
        }
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(m));
        edit.setId("planverk-competence-measure-edit-" + m.id());
        edit.getElement().setAttribute("aria-label", t("measure.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(m));
        delete.setId("planverk-competence-measure-delete-" + m.id());
        delete.getElement().setAttribute("aria-label", t("measure.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(edit, delete)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            b.getElement().setAttribute("title", b.getElement().getAttribute("aria-label"));
        }
        h.add(edit, delete);
        return h;
    }

    void refresh() {
        if (!NumberInput.valid(year)) {
            return; // "20x6" is not a year: the field says so, the list stays as it was
        }
        try {
            List<CompetenceMeasure> list = measures.list(unit.getValue() == null ? null : unit.getValue().id(), NumberInput.intValue(year));
            grid.setItems(list);
            int planned = list.stream().mapToInt(CompetenceMeasure::plannedParticipants).sum();
            int actual = list.stream().filter(m -> m.actualParticipants() != null).mapToInt(CompetenceMeasure::actualParticipants).sum();
            totals.setText(t("measures.totals", list.size(), planned, actual));
        } catch (PlanverkException e) {
            Errors.show(e);
        }
    }

    void open(CompetenceMeasure m) {
        Integer chosen = NumberInput.valid(year) ? NumberInput.intValue(year) : null;
        int y = chosen != null ? chosen : Year.now().getValue();
        new MeasureDialog(measures, editable, y, m, saved -> {
            Notices.success(t("measure.saved", saved.title()));
            refresh();
        }).open();
    }

    private void confirmDelete(CompetenceMeasure m) {
        ConfirmDialog d = new ConfirmDialog(t("measure.delete"), t("measure.delete.text", m.title()), t("action.delete"), e -> {
            try {
                measures.delete(m.id(), m.version(), CurrentUser.require());
                Notices.success(t("measure.deleted"));
                refresh();
            } catch (PlanverkException ex) {
                Errors.show(ex);
            }
        }, t("action.cancel"), e -> { });
        d.setConfirmButtonTheme("error primary");
        d.open();
    }

    @Override
    public String getPageTitle() {
        return t("measures.title") + " – Planverk";
    }
}
