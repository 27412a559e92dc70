package no.planverk.measures.ui.internal;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.Reminder;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;

/**
 * Missing reports at {@code measures/missing} (planners): open measures running this year without a
 * report for the current period, for a unit or all; chosen rows get a reminder that shows in the unit's
 * "Mine tiltak" until the report is in.
 */
public class MissingView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient MeasureService measures;
    final ComboBox<OrgUnit> unit = new ComboBox<>(t("measure.unit"));
    final Grid<Measure> grid = new Grid<>();
    final Button remind = new Button(t("missing.remind"), VaadinIcon.BELL.create());
    final Paragraph summary = new Paragraph();
    private final ReportPeriod period;
    private Map<Long, Reminder> reminded = Map.of();

    public MissingView(MeasureService measures, OrgUnitService units) {
        this.measures = measures;
        this.period = measures.currentPeriod();
        List<OrgUnit> all = units.list();
        UnitNames names = new UnitNames(all);
        setSizeFull();
        unit.setItems(all);
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setClearButtonVisible(true);
        unit.setPlaceholder(t("missing.allUnits"));
        unit.setWidth("22em");
        unit.addValueChangeListener(e -> refresh());
        grid.setId("planverk-measures-missing");
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(Measure::number).setHeader(t("measure.number")).setKey("number").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Measure::title).setHeader(t("measure.title")).setKey("title").setFlexGrow(3);
        grid.addColumn(m -> m.planName() == null ? "" : m.planName()).setHeader(t("measure.plan")).setKey("plan").setFlexGrow(2);
        grid.addColumn(m -> names.join(m.unitIds())).setHeader(t("measure.units")).setKey("units").setFlexGrow(2);
        grid.addColumn(m -> MeasureLabels.period(m.lastPeriod())).setHeader(t("measure.lastPeriod")).setKey("last")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> reminded.containsKey(m.id()) ? Formats.dateTime(reminded.get(m.id()).sentAt()) : "")
                .setHeader(t("missing.reminded")).setKey("reminded").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(t("missing.none"));
        grid.addSelectionListener(e -> remind.setEnabled(!e.getAllSelectedItems().isEmpty()));
        remind.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remind.setEnabled(false);
        remind.addClickListener(e -> remind());
        HorizontalLayout bar = new HorizontalLayout(unit, remind);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(MeasureNav.bar(MeasureNav.MISSING), new H2(t("missing.title", MeasureLabels.period(period))), new Paragraph(t("missing.help")),
                bar, summary, grid);
        refresh();
    }

    void refresh() {
        try {
            List<Measure> rows = measures.missingReports(period, unit.getValue() == null ? null : unit.getValue().id());
            reminded = measures.reminders(CurrentUser.require()).stream().filter(r -> r.period().equals(period))
                    .collect(Collectors.toMap(Reminder::measureId, r -> r, (a, b) -> a.sentAt().isAfter(b.sentAt()) ? a : b));
            grid.setItems(rows);
            summary.setText(t("missing.count", rows.size()));
        } catch (PlanverkException e) {
            MeasureErrors.show(e);
        }
    }

    void remind() {
        List<Long> ids = grid.getSelectedItems().stream().map(Measure::id).sorted().toList();
        try {
            List<Reminder> sent = measures.remind(ids, period, CurrentUser.require());
            MeasureErrors.success(t("missing.sent", sent.size()));
            grid.deselectAll();
            refresh();
        } catch (PlanverkException e) {
            MeasureErrors.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return t("missing.menu") + " – Planverk";
    }
}
