package no.planverk.forecasting.ui.internal.result;

import no.planverk.ui.api.chart.ChartBox;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.function.Function;
import java.util.List;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastOutcome;

/**
 * The result of a run: scenarios side by side for a chosen service (line chart, then its table), every service at
 * the horizon (bar chart, then its table), the yearly figures and the housing staircase, with CSV downloads and "copy table".
 */
public final class OutcomePanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private final transient ResultTables tables;
    public final Select<String> service = new Select<>();
    public final ChartBox line;
    public final ChartBox bar;
    public final Downloads downloads;
    private final Div byYearBox = new Div();
    private final Div housingBox = new Div();
    public final Select<Integer> housingYear = new Select<>();
    private Table byYear;
    private Table housing;
    public final Table atHorizon;
    public final Table years;

    public OutcomePanel(ForecastOutcome outcome, ForecastCsv csv) {
        this(outcome, csv, null);
    }

    /** With {@code housingStep} (housing type to its step of the activity and mastery staircase) the housing table names it. */
    public OutcomePanel(ForecastOutcome outcome, ForecastCsv csv, Function<String, String> housingStep) {
        this.tables = new ResultTables(outcome);
        if (housingStep != null) {
            tables.housingSteps(housingStep);
        }
        setId("planverk-forecasting-outcome");
        setPadding(false);
        setWidthFull();
        int base = outcome.result().baseYear();
        int horizon = outcome.result().horizon();
        line = new ChartBox("planverk-forecasting-line", "prognose-" + base + "-" + horizon + "-brukarar", t("chart.line.label"));
        bar = new ChartBox("planverk-forecasting-bar", "prognose-" + horizon + "-tenester", t("chart.bar.label", horizon));
        downloads = new Downloads(outcome.result(), csv);
        atHorizon = tables.atHorizon();
        years = tables.years();

        service.setId("planverk-forecasting-service");
        service.setLabel(t("result.chooseService"));
        service.setItems(tables.services);
        service.addValueChangeListener(e -> showService(e.getValue()));
        byYearBox.setWidthFull();
        add(new H3(t("result.title", base, horizon)), service, line, byYearBox);

        add(new H4(t("result.horizon", horizon)), bar, section(atHorizon, "planverk-forecasting-horizon", 12));
        add(new H4(t("result.years")), section(years, "planverk-forecasting-years", 12));
        if (tables.hasHousing()) {
            addHousing(horizon);
        }
        add(new H4(t("result.downloads")), downloads);
        if (!tables.services.isEmpty()) {
            service.setValue(tables.services.get(0));
        }
        bar.chart.setOption(tables.barOption());
    }

    private void addHousing(int horizon) {
        List<Integer> housingYears = tables.housingYears();
        housingYear.setId("planverk-forecasting-housing-year");
        housingYear.setLabel(t("housing.year"));
        housingYear.setItems(housingYears);
        housingYear.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                housing = tables.housing(e.getValue());
                housingBox.removeAll();
                housingBox.add(section(housing, "planverk-forecasting-housing", 20));
            }
        });
        housingBox.setWidthFull();
        add(new H4(t("housing.title")), new Paragraph(t("housing.help", tables.coverageAge())), housingYear, housingBox);
        housingYear.setValue(housingYears.contains(horizon) ? horizon : housingYears.get(housingYears.size() - 1));
    }

    private void showService(String name) {
        byYearBox.removeAll();
        if (name == null) {
            return;
        }
        byYear = tables.byYear(name);
        byYearBox.add(section(byYear, "planverk-forecasting-by-year", 12));
        line.chart.setOption(tables.lineOption(name));
    }

    /** A table's grid with its copy button. */
    private static VerticalLayout section(Table table, String id, int visible) {
        Grid<List<Object>> grid = table.grid(id, visible);
        grid.setWidthFull();
        HorizontalLayout tools = new HorizontalLayout(Clipboard.button(id + "-copy", table::tsv));
        tools.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        tools.setWidthFull();
        VerticalLayout box = new VerticalLayout(grid, tools);
        box.setPadding(false);
        box.setSpacing(false);
        box.setWidthFull();
        return box;
    }

    public Table byYear() {
        return byYear;
    }

    public Table housing() {
        return housing;
    }
}
