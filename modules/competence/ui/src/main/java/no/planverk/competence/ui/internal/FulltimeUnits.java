package no.planverk.competence.ui.internal;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;
import static no.planverk.competence.ui.internal.GapSection.number;
import static no.planverk.competence.ui.internal.GapSection.style;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.competence.api.FulltimeService;
import no.planverk.competence.api.FulltimeYear;
import no.planverk.ui.api.chart.ChartBox;
import no.planverk.ui.api.chart.ChartOptions;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.Notices;

/** Full-time share per unit in a register year against the target that applies and the national figure: bar chart and table. */
public final class FulltimeUnits extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private final transient FulltimeService fulltime;
    public final ChartBox bars;
    public final Grid<FulltimeYear> grid = new Grid<>();

    public FulltimeUnits(FulltimeService fulltime) {
        this.fulltime = fulltime;
        setPadding(false);
        setWidthFull();
        bars = new ChartBox("planverk-competence-fulltime-units", "heiltid-einingar", t("fulltime.units.label"));
        grid.setId("planverk-competence-fulltime-grid");
        grid.addColumn(y -> y.stats().unitName()).setHeader(t("col.unit")).setKey("unit").setAutoWidth(true).setFlexGrow(1);
        number(grid.addColumn(y -> no.planverk.ui.api.Formats.integer(y.stats().positions())).setHeader(t("col.positions"))
                .setKey("positions"));
        number(grid.addColumn(y -> Labels.fte(y.stats().fte())).setHeader(t("col.fte")).setKey("fte"));
        number(grid.addColumn(y -> Labels.share(y.stats().fullTimeShare())).setHeader(t("col.fullTimeShare")).setKey("share"));
        number(grid.addColumn(y -> Labels.share(y.targetShare())).setHeader(t("col.target")).setKey("target"));
        number(grid.addColumn(y -> Labels.share(y.nationalShare())).setHeader(t("col.national")).setKey("national"));
        number(grid.addColumn(y -> Labels.percent(y.stats().averagePercent())).setHeader(t("col.averagePercent")).setKey("average"));
        number(grid.addColumn(y -> Labels.share(y.stats().temporaryShare())).setHeader(t("col.temporaryShare")).setKey("temporary"));
        style(grid);
        add(new H3(t("fulltime.units.title")), new Paragraph(t("fulltime.help")), bars, grid);
    }

    /** The units' figures in the year, in the order given; units without positions that year are left out. */
    public List<FulltimeYear> show(List<Long> unitIds, int year) {
        List<FulltimeYear> rows = new ArrayList<>();
        try {
            for (long id : unitIds) {
                fulltime.report(id).trend().stream().filter(y -> y.stats().year() == year && y.stats().positions() > 0).findFirst()
                        .ifPresent(rows::add);
            }
        } catch (PlanverkException e) {
            Notices.show(e, CompetenceTexts.TEXTS);
        }
        grid.setItems(rows);
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(t("fulltime.series.share"), rows.stream().map(y -> pct(y.stats().fullTimeShare())).toList());
        series.put(t("fulltime.series.target"), rows.stream().map(y -> pct(y.targetShare())).toList());
        series.put(t("fulltime.series.national"), rows.stream().map(y -> pct(y.nationalShare())).toList());
        bars.chart.setOption(ChartOptions.bar(t("fulltime.units.chart", year), "%", rows.stream().map(y -> y.stats().unitName()).toList(),
                series));
        bars.setVisible(!rows.isEmpty());
        return rows;
    }

    public static Double pct(Double share) {
        return share == null ? null : share * 100;
    }
}
