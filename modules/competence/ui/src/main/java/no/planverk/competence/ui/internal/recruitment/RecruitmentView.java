package no.planverk.competence.ui.internal.recruitment;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;
import static no.planverk.competence.ui.internal.GapSection.number;
import static no.planverk.competence.ui.internal.GapSection.style;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.planverk.competence.api.ForecastRun;
import no.planverk.competence.api.GapBasis;
import no.planverk.competence.api.RecruitmentGap;
import no.planverk.competence.api.RecruitmentYear;
import no.planverk.competence.api.RetirementService;
import no.planverk.competence.api.WorkforceService;
import no.planverk.competence.api.WorkforceSummary;
import no.planverk.competence.ui.internal.CompetenceNav;
import no.planverk.competence.ui.internal.Errors;
import no.planverk.competence.ui.internal.Labels;
import no.planverk.competence.ui.internal.Units;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.chart.ChartBox;
import no.planverk.ui.api.chart.ChartOptions;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;

/**
 * The recruitment gap at {@code competence/recruitment}: with the forecasting module installed, the FTE a saved forecast
 * run needs per year minus what is left of today's staff (retirements and turnover with the configured assumptions),
 * as a table and a chart. Without forecasting it says so and how to get it.
 */
public class RecruitmentView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient RetirementService retirements;
    final Paragraph unavailable = new Paragraph();
    final ComboBox<OrgUnit> unit = new ComboBox<>(t("recruit.unit"));
    final Select<ForecastRun> run = new Select<>();
    final Select<String> scenario = new Select<>();
    final RadioButtonGroup<GapBasis> basis = new RadioButtonGroup<>(t("recruit.basis"));
    final Paragraph summary = new Paragraph();
    final Grid<RecruitmentYear> grid = new Grid<>();
    final ChartBox chart;
    private final VerticalLayout result = new VerticalLayout();

    public RecruitmentView(RetirementService retirements, WorkforceService workforce, OrgUnitService orgUnits) {
        this.retirements = retirements;
        setWidthFull();
        unavailable.setId("planverk-competence-recruitment-unavailable");
        chart = new ChartBox("planverk-competence-recruitment-chart", "rekrutteringsgap", t("recruit.chart.label"));
        add(CompetenceNav.bar(CompetenceNav.RECRUITMENT), new H2(t("recruit.title")), new Paragraph(t("recruit.help")));
        if (!retirements.forecastingInstalled()) {
            unavailable.setText(t("recruit.noForecasting"));
            add(unavailable);
            return;
        }
        List<ForecastRun> runs = retirements.forecastRuns();
        if (runs.isEmpty()) {
            unavailable.removeAll();
            unavailable.add(t("recruit.noRuns") + " ");
            Anchor a = new Anchor("forecasting", t("recruit.toForecasting"));
            a.getElement().setAttribute("router-link", true);
            unavailable.add(a);
            add(unavailable);
            return;
        }
        Units units = Units.of(orgUnits);
        Map<Long, WorkforceSummary> withRows = workforce.units(null).stream().collect(Collectors.toMap(WorkforceSummary::unitId, s -> s,
                (a, b) -> a));
        List<OrgUnit> choices = units.all().stream().filter(u -> withRows.containsKey(u.id())).toList();
        unit.setItems(choices);
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setWidth("24em");
        unit.setId("planverk-competence-recruitment-unit");
        Set<String> mine = CurrentUser.require().units();
        List<Long> tops = units.tops(withRows.keySet());
        unit.setValue(choices.stream().filter(u -> mine.contains(u.code())).findFirst().orElse(choices.stream()
                .filter(u -> tops.contains(u.id())).max(Comparator.comparingDouble(u -> withRows.get(u.id()).fte())).orElse(null)));
        run.setLabel(t("recruit.run"));
        run.setId("planverk-competence-recruitment-run");
        run.setItems(runs);
        run.setItemLabelGenerator(r -> t("recruit.run.label", r.name(), r.baseYear(), r.horizon()));
        run.setWidth("24em");
        scenario.setLabel(t("recruit.scenario"));
        scenario.setId("planverk-competence-recruitment-scenario");
        scenario.setItemLabelGenerator(Labels::scenario);
        basis.setItems(GapBasis.values());
        basis.setItemLabelGenerator(b -> t("recruit.basis." + b.id()));
        basis.setValue(GapBasis.GROWTH);
        basis.setId("planverk-competence-recruitment-basis");
        run.addValueChangeListener(e -> {
            scenario.setItems(e.getValue() == null ? List.of() : e.getValue().scenarios());
            scenario.setValue(e.getValue() == null || e.getValue().scenarios().isEmpty() ? null : e.getValue().scenarios().get(0));
        });
        run.setValue(runs.get(0));
        unit.addValueChangeListener(e -> refresh());
        scenario.addValueChangeListener(e -> refresh());
        basis.addValueChangeListener(e -> refresh());
        HorizontalLayout choose = new HorizontalLayout(unit, run, scenario);
        choose.setAlignItems(FlexComponent.Alignment.BASELINE);
        choose.getStyle().set("flex-wrap", "wrap");
        grid.setId("planverk-competence-recruitment-grid");
        grid.addColumn(y -> Integer.toString(y.year())).setHeader(t("col.year")).setKey("year").setAutoWidth(true);
        number(grid.addColumn(y -> Labels.fte(y.neededFte())).setHeader(t("recruit.needed")).setKey("needed"));
        number(grid.addColumn(y -> Labels.fte(y.projectedFte())).setHeader(t("recruit.projected")).setKey("projected"));
        number(grid.addComponentColumn(y -> Labels.gapSpan(y.gap())).setHeader(t("recruit.gap")).setKey("gap"));
        style(grid);
        summary.setId("planverk-competence-recruitment-summary");
        result.setPadding(false);
        result.add(summary, chart, grid);
        add(choose, basis, new Paragraph(t("recruit.basis.help")), unavailable, result);
        refresh();
    }

    RecruitmentGap refresh() {
        if (unit.getValue() == null || run.getValue() == null) {
            return null;
        }
        RecruitmentGap gap;
        try {
            gap = retirements.recruitmentGap(unit.getValue().id(), null, run.getValue().id(), scenario.getValue(), basis.getValue(),
                    retirements.defaults());
        } catch (PlanverkException e) {
            Errors.show(e);
            return null;
        }
        unavailable.setVisible(!gap.available());
        result.setVisible(gap.available());
        if (!gap.available()) {
            unavailable.setText(t("recruit.notAvailable", ServerTexts.of(gap.reason())));
            return gap;
        }
        List<RecruitmentYear> years = gap.years();
        RecruitmentYear last = years.isEmpty() ? null : years.get(years.size() - 1);
        summary.setText(last == null ? "" : t("recruit.summary", unit.getValue().name(), gap.baseYear(), Labels.fte(gap.baseFte()),
                Labels.gap(last.gap()), last.year()));
        grid.setItems(years);
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(t("recruit.needed"), years.stream().map(RecruitmentYear::neededFte).toList());
        series.put(t("recruit.projected"), years.stream().map(RecruitmentYear::projectedFte).toList());
        series.put(t("recruit.gap"), years.stream().map(RecruitmentYear::gap).toList());
        chart.chart.setOption(ChartOptions.line(t("recruit.chart", unit.getValue().name(), Labels.scenario(gap.scenario())),
                t("unit.fte"), years.stream().map(y -> Integer.toString(y.year())).toList(), series));
        return gap;
    }

    @Override
    public String getPageTitle() {
        return t("recruit.title") + " – Planverk";
    }
}
