package no.planverk.measures.ui.internal;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import java.util.function.Function;
import no.planverk.measures.api.Measure;

/**
 * The measure columns, shared by the flat grid and the goal tree: number, title (with late/unfunded flags),
 * plan, units, years, cost, status badge, light and percent. {@code measure} gives null for goal rows.
 */
final class MeasureColumns {

    private MeasureColumns() {
    }

    static <T> void addTo(Grid<T> grid, Function<T, Measure> measure, Function<Measure, String> plan, UnitNames units,
            boolean sortable) {
        int year = MeasureLabels.currentYear();
        Function<Function<Measure, String>, com.vaadin.flow.function.ValueProvider<T, String>> text = f -> row -> {
            Measure m = measure.apply(row);
            return m == null ? "" : f.apply(m);
        };
        Grid.Column<T> number = grid.addColumn(text.apply(Measure::number)).setHeader(t("measure.number")).setKey("number")
                .setAutoWidth(true).setFlexGrow(0);
        Grid.Column<T> title = grid.addComponentColumn(row -> {
            Measure m = measure.apply(row);
            if (m == null) {
                return new Span();
            }
            Span cell = new Span(new Span(m.title()), new Span(" "), MeasureLabels.flags(m, year));
            return cell;
        }).setHeader(t("measure.title")).setKey("title").setFlexGrow(4);
        grid.addColumn(text.apply(plan)).setHeader(t("measure.plan")).setKey("plan").setFlexGrow(2);
        grid.addColumn(text.apply(m -> units.join(m.unitIds()).isEmpty() ? MeasureLabels.responsibility(m.responsibility())
                : units.join(m.unitIds()))).setHeader(t("measure.units")).setKey("units").setFlexGrow(2);
        Grid.Column<T> years = grid.addColumn(text.apply(MeasureLabels::years)).setHeader(t("measure.years")).setKey("years")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(text.apply(MeasureLabels::cost)).setHeader(t("measure.cost")).setKey("cost").setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        Grid.Column<T> status = grid.addComponentColumn(row -> {
            Measure m = measure.apply(row);
            return m == null ? new Span() : MeasureLabels.badge(m.status());
        }).setHeader(t("measure.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        Grid.Column<T> light = grid.addComponentColumn(row -> {
            Measure m = measure.apply(row);
            return m == null ? new Span() : MeasureLabels.lightTag(m.light());
        }).setHeader(t("measure.light")).setKey("light").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(text.apply(m -> m.percent() + " %")).setHeader(t("measure.percent")).setKey("percent").setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        // text values for the component columns, so tests and exports read them without rendering
        title.setTooltipGenerator(text.apply(Measure::title));
        if (sortable) {
            number.setSortProperty("number");
            title.setSortProperty("title");
            grid.getColumnByKey("plan").setSortProperty("plan");
            years.setSortProperty("from");
            status.setSortProperty("status");
            light.setSortProperty("light");
        }
        grid.setClassNameGenerator(row -> {
            Measure m = measure.apply(row);
            if (m == null) {
                return "measure-goal";
            }
            String late = m.late(year) ? "measure-late" : "";
            String unfunded = m.unfunded() ? "measure-unfunded" : "";
            String both = (late + " " + unfunded).strip();
            return both.isEmpty() ? null : both;
        });
    }
}
