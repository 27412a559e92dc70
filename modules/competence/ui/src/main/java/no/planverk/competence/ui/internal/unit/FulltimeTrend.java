package no.planverk.competence.ui.internal.unit;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;
import static no.planverk.competence.ui.internal.FulltimeUnits.pct;
import static no.planverk.competence.ui.internal.GapSection.number;
import static no.planverk.competence.ui.internal.GapSection.style;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.competence.api.FulltimeReport;
import no.planverk.competence.api.FulltimeService;
import no.planverk.competence.api.FulltimeYear;
import no.planverk.competence.ui.internal.CompetenceTexts;
import no.planverk.competence.ui.internal.Labels;
import no.planverk.ui.api.chart.ChartBox;
import no.planverk.ui.api.chart.ChartOptions;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.Notices;

/** A unit's full-time trend over the register years against target and national figures: line chart and table. */
public final class FulltimeTrend extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private final transient FulltimeService fulltime;
    public final ChartBox line;
    public final Grid<FulltimeYear> grid = new Grid<>();

    public FulltimeTrend(FulltimeService fulltime) {
        this.fulltime = fulltime;
        setPadding(false);
        setWidthFull();
        line = new ChartBox("planverk-competence-fulltime-trend", "heiltid-utvikling", t("fulltime.trend.label"));
        grid.setId("planverk-competence-fulltime-trend-grid");
        grid.addColumn(y -> Integer.toString(y.stats().year())).setHeader(t("col.year")).setKey("year").setAutoWidth(true);
        number(grid.addColumn(y -> Formats.integer(y.stats().positions())).setHeader(t("col.positions")).setKey("positions"));
        number(grid.addColumn(y -> Formats.integer(y.stats().fullTime())).setHeader(t("col.fullTime")).setKey("fullTime"));
        number(grid.addColumn(y -> Labels.share(y.stats().fullTimeShare())).setHeader(t("col.fullTimeShare")).setKey("share"));
        number(grid.addColumn(y -> Labels.share(y.targetShare())).setHeader(t("col.target")).setKey("target"));
        number(grid.addColumn(y -> Labels.share(y.nationalShare())).setHeader(t("col.national")).setKey("national"));
        number(grid.addColumn(y -> Labels.percent(y.stats().averagePercent())).setHeader(t("col.averagePercent")).setKey("average"));
        number(grid.addColumn(y -> Labels.fte(y.stats().fte())).setHeader(t("col.fte")).setKey("fte"));
        style(grid);
        add(new H3(t("fulltime.trend.title")), new Paragraph(t("fulltime.help")), line, grid);
    }

    public FulltimeReport show(long unitId) {
        FulltimeReport r;
        try {
            r = fulltime.report(unitId);
        } catch (PlanverkException e) {
            Notices.show(e, CompetenceTexts.TEXTS);
            r = new FulltimeReport(unitId, List.of(), List.of());
        }
        List<FulltimeYear> trend = r.trend();
        grid.setItems(trend);
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(t("fulltime.series.share"), trend.stream().map(y -> pct(y.stats().fullTimeShare())).toList());
        series.put(t("fulltime.series.target"), trend.stream().map(y -> pct(y.targetShare())).toList());
        series.put(t("fulltime.series.national"), trend.stream().map(y -> pct(y.nationalShare())).toList());
        line.chart.setOption(ChartOptions.line(t("fulltime.trend.chart"), "%", trend.stream().map(y -> Integer.toString(y.stats().year()))
                .toList(), series));
        line.setVisible(!trend.isEmpty());
        return r;
    }
}
