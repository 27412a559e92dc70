package no.planverk.forecasting.ui.internal.staircase;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.planverk.forecasting.api.staircase.Staircase;
import no.planverk.forecasting.api.staircase.StepDemand;
import no.planverk.forecasting.api.staircase.StepTables;
import no.planverk.forecasting.ui.internal.Labels;
import no.planverk.forecasting.ui.internal.result.Table;
import no.planverk.platform.tabular.Csv;
import no.planverk.platform.tabular.Xlsx;
import no.planverk.ui.api.chart.ChartBox;

/**
 * A run's demand per step of the activity and mastery staircase: for a chosen scenario, users per category over the
 * years as a bar chart, and users, FTE and cost per year and step as a table; CSV and XLSX of every scenario.
 */
public final class StaircasePanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    public final Select<String> scenario = new Select<>();
    public final ChartBox chart;
    public final Anchor csv;
    public final Anchor xlsx;
    private final transient List<StepDemand> demand;
    private final transient Staircase staircase;
    private final VerticalLayout tableBox = new VerticalLayout();
    private Table table;

    public StaircasePanel(long runId, List<StepDemand> demand, Staircase staircase) {
        this.demand = demand;
        this.staircase = staircase;
        setId("planverk-forecasting-staircase");
        setPadding(false);
        setWidthFull();
        add(new H3(t("staircase.title")), new Paragraph(t("staircase.help")));
        Set<String> unplaced = new TreeSet<>();
        demand.stream().filter(d -> d.step() == 0).forEach(d -> unplaced.addAll(d.services()));
        if (!unplaced.isEmpty()) {
            Paragraph p = new Paragraph(t("staircase.unplaced", String.join(", ", unplaced)));
            p.setId("planverk-forecasting-staircase-unplaced");
            add(p);
        }
        Set<String> scenarios = new LinkedHashSet<>();
        demand.forEach(d -> scenarios.add(d.scenario()));
        scenario.setId("planverk-forecasting-staircase-scenario");
        scenario.setLabel(t("staircase.scenario"));
        scenario.setItems(new ArrayList<>(scenarios));
        scenario.setItemLabelGenerator(Labels::scenario);
        chart = new ChartBox("planverk-forecasting-staircase-chart", "prognose-" + runId + "-trapp", t("staircase.chart.label"));
        tableBox.setPadding(false);
        tableBox.setWidthFull();
        String file = "prognose-" + runId + "-trapp";
        List<List<Object>> rows = StepTables.rows(demand, staircase);
        csv = download("planverk-forecasting-staircase-csv", t("staircase.download.csv"), file + ".csv", "text/csv; charset=UTF-8",
                () -> Csv.bytes(StepTables.HEADER, rows, Csv.Style.EXCEL));
        xlsx = download("planverk-forecasting-staircase-xlsx", t("staircase.download.xlsx"), file + ".xlsx", Xlsx.MEDIA_TYPE,
                () -> Xlsx.write("trapp", StepTables.HEADER, rows));
        HorizontalLayout downloads = new HorizontalLayout(csv, xlsx);
        scenario.addValueChangeListener(e -> show(e.getValue()));
        add(scenario, chart, tableBox, downloads);
        if (!scenarios.isEmpty()) {
            scenario.setValue(scenarios.iterator().next());
        }
    }

    private void show(String name) {
        tableBox.removeAll();
        if (name == null) {
            return;
        }
        List<StepDemand> rows = demand.stream().filter(d -> d.scenario().equals(name)).toList();
        table = new Table().col("year", t("staircase.col.year"), Table.Format.YEAR).col("category", t("staircase.col.category"), Table.Format.TEXT)
                .col("step", t("staircase.col.step"), Table.Format.TEXT).col("users", t("staircase.col.users"), Table.Format.PEOPLE)
                .col("fte", t("staircase.col.fte"), Table.Format.DECIMALS).col("cost", t("staircase.col.cost"), Table.Format.MONEY);
        for (StepDemand d : rows) {
            table.row(d.year(), StepLabels.category(d.category()), stepLabel(d), d.users(), d.fte(), d.cost());
        }
        Grid<List<Object>> grid = table.grid("planverk-forecasting-staircase-table", 12);
        grid.setWidthFull();
        tableBox.add(grid);
        chart.chart.setOption(option(rows));
    }

    private String stepLabel(StepDemand d) {
        return staircase.step(d.step()).map(s -> s.number() + " " + StepLabels.step(s)).orElse(t("staircase.noStep"));
    }

    /** Users per category (a bar each) over the years. */
    private static String option(List<StepDemand> rows) {
        List<String> years = rows.stream().map(d -> String.valueOf(d.year())).distinct().toList();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (int category : rows.stream().map(StepDemand::category).distinct().sorted((a, b) -> Integer.compare(a == 0 ? 9 : a, b == 0 ? 9 : b))
                .toList()) {
            List<Double> values = new ArrayList<>();
            for (String year : years) {
                values.add(rows.stream().filter(d -> d.category() == category && String.valueOf(d.year()).equals(year))
                        .mapToDouble(StepDemand::users).sum());
            }
            series.put(StepLabels.category(category), values);
        }
        return no.planverk.ui.api.chart.ChartOptions.bar(t("staircase.chart.title"), t("staircase.col.users"), years, series);
    }

    private static Anchor download(String id, String label, String fileName, String type, java.util.function.Supplier<byte[]> bytes) {
        DownloadHandler handler = event -> {
            byte[] b = bytes.get();
            event.setFileName(fileName);
            event.setContentType(type);
            event.setContentLength(b.length);
            event.getOutputStream().write(b);
        };
        Anchor a = new Anchor(handler, AttachmentType.DOWNLOAD, label);
        a.setId(id);
        return a;
    }

    public Table table() {
        return table;
    }
}
