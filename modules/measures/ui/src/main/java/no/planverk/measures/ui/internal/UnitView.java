package no.planverk.measures.ui.internal;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.stream.Stream;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.Reminder;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.GridHeight;

/**
 * "Mine tiltak" at {@code measures/unit}: what a unit leader sees first. Open reminders, the unit's
 * measures that lack a report for the current period (with a button to report), and all measures the
 * unit or a unit below it answers for. The user's units are codes; the service filters by id.
 */
public class UnitView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient MeasureService measures;
    final ComboBox<OrgUnit> unit = new ComboBox<>(t("measure.unit"));
    final UnorderedList reminders = new UnorderedList();
    final Grid<Measure> missing = new Grid<>();
    final Grid<Measure> grid = new Grid<>();
    final Span count = new Span();
    final Paragraph noUnit = new Paragraph(t("unit.none"));
    private final ReportPeriod period;

    public UnitView(MeasureService measures, OrgUnitService units) {
        this.measures = measures;
        UserContext user = CurrentUser.require();
        period = measures.currentPeriod();
        List<OrgUnit> all = units.list();
        List<OrgUnit> mine = UnitNames.byCodes(units, user.units());
        UnitNames names = new UnitNames(all);
        setWidthFull();
        unit.setItems(mine.isEmpty() ? all : mine);
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setWidth("22em");
        unit.addValueChangeListener(e -> refresh());
        reminders.setId("planverk-measures-reminders");
        missing.setId("planverk-measures-unit-missing");
        missing.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        missing.setAllRowsVisible(true);
        missing.addColumn(Measure::number).setHeader(t("measure.number")).setKey("number").setAutoWidth(true).setFlexGrow(0);
        missing.addColumn(Measure::title).setHeader(t("measure.title")).setKey("title").setFlexGrow(3);
        missing.addColumn(m -> MeasureLabels.period(m.lastPeriod())).setHeader(t("measure.lastPeriod")).setKey("last")
                .setAutoWidth(true).setFlexGrow(0);
        missing.addComponentColumn(m -> {
            Button b = new Button(t("unit.report"), e -> open(m));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return b;
        }).setKey("report").setAutoWidth(true).setFlexGrow(0);
        missing.setEmptyStateText(t("unit.missing.none", MeasureLabels.period(period)));
        grid.setId("planverk-measures-unit");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        MeasureColumns.addTo(grid, m -> m, m -> m.planName() == null ? "" : m.planName(), names, false);
        grid.setItems(q -> fetch(q.getOffset(), q.getLimit()), q -> total());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
            }
        });
        add(MeasureNav.bar(MeasureNav.UNIT), new H2(t("unit.title")));
        if (mine.isEmpty()) {
            add(noUnit);
        }
        add(unit, new H3(t("unit.reminders")), reminders, new H3(t("unit.missing", MeasureLabels.period(period))), missing,
                new H3(t("unit.measures")), count, grid);
        showReminders(user);
        if (!mine.isEmpty()) {
            unit.setValue(mine.get(0));
        } else {
            refresh();
        }
    }

    private void showReminders(UserContext user) {
        reminders.removeAll();
        List<Reminder> open;
        try {
            open = measures.reminders(user);
        } catch (PlanverkException e) {
            MeasureErrors.show(e);
            return;
        }
        if (open.isEmpty()) {
            reminders.add(new ListItem(t("unit.reminders.none")));
        }
        for (Reminder r : open) {
            Anchor link = new Anchor(MeasureNav.measure(r.measureId()), r.measureNumber() + " " + r.measureTitle());
            link.getElement().setAttribute("router-link", true);
            ListItem item = new ListItem(link, new Span(" – " + t("unit.reminder", MeasureLabels.period(r.period()), r.sentBy(),
                    Formats.dateTime(r.sentAt()))));
            item.getElement().setAttribute("data-measure", Long.toString(r.measureId()));
            reminders.add(item);
        }
    }

    void refresh() {
        Long unitId = unit.getValue() == null ? null : unit.getValue().id();
        // with no unit chosen nothing is known: never "every measure has its report"
        missing.setEmptyStateText(unitId == null ? t("unit.missing.choose") : t("unit.missing.none", MeasureLabels.period(period)));
        try {
            missing.setItems(unitId == null ? List.of() : measures.missingReports(period, unitId));
        } catch (PlanverkException e) {
            MeasureErrors.show(e);
        }
        grid.getDataProvider().refreshAll();
    }

    private Stream<Measure> fetch(int offset, int limit) {
        if (unit.getValue() == null) {
            return Stream.empty();
        }
        try {
            return measures.list(query().page(offset, limit)).items().stream();
        } catch (PlanverkException e) {
            MeasureErrors.show(e);
            return Stream.empty();
        }
    }

    private int total() {
        if (unit.getValue() == null) {
            count.setText("");
            GridHeight.fit(grid, 0);
            return 0;
        }
        long n = measures.list(query().page(0, 1)).total();
        count.setText(t("measures.count", n));
        GridHeight.fit(grid, n);
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    private MeasureQuery query() {
        return new MeasureQuery(null, null, unit.getValue().id(), null, null, null, null, null, null, null, 0, 50);
    }

    void open(Measure m) {
        UI.getCurrent().navigate(MeasureNav.measure(m.id()));
    }

    @Override
    public String getPageTitle() {
        return t("unit.title") + " – Planverk";
    }
}
