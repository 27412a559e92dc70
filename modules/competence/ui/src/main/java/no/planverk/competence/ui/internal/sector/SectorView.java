package no.planverk.competence.ui.internal.sector;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;
import static no.planverk.competence.ui.internal.GapSection.number;
import static no.planverk.competence.ui.internal.GapSection.style;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.planverk.competence.api.FulltimeService;
import no.planverk.competence.api.FulltimeYear;
import no.planverk.competence.api.GapReport;
import no.planverk.competence.api.RequirementService;
import no.planverk.competence.api.RetirementService;
import no.planverk.competence.api.WorkforceService;
import no.planverk.competence.api.WorkforceSummary;
import no.planverk.competence.ui.internal.CompetenceNav;
import no.planverk.competence.ui.internal.FulltimeUnits;
import no.planverk.competence.ui.internal.GapSection;
import no.planverk.competence.ui.internal.Labels;
import no.planverk.competence.ui.internal.RetirementSection;
import no.planverk.competence.ui.internal.Units;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;

/**
 * The sector dashboard at {@code competence}: for a sector (a unit with the units below) and a register year, key
 * figures, the gap heatmap unit × category with the deviations from statutory requirements, full-time share per unit
 * against target and national figures, the retirement curve, and the units with links to their pages. Aggregates
 * only, so every role sees the same.
 */
public class SectorView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient WorkforceService workforce;
    private final transient Units units;
    final ComboBox<OrgUnit> sector = new ComboBox<>(t("sector.choose"));
    final Select<Integer> year = new Select<>();
    final Paragraph empty = new Paragraph();
    final Paragraph facts = new Paragraph();
    final GapSection gaps;
    final FulltimeUnits fulltime;
    final RetirementSection retirements;
    final Grid<WorkforceSummary> unitGrid = new Grid<>();
    final BenchmarkSection benchmarks;
    private final VerticalLayout body = new VerticalLayout();
    private final transient RequirementService requirements;
    final Paragraph elsewhere = new Paragraph();
    private transient Map<Long, WorkforceSummary> summaries = Map.of();

    public SectorView(WorkforceService workforce, RequirementService requirements, FulltimeService fulltimeService,
            RetirementService retirementService, OrgUnitService orgUnits) {
        this.workforce = workforce;
        this.requirements = requirements;
        this.units = Units.of(orgUnits);
        setWidthFull();
        gaps = new GapSection(requirements, "planverk-competence-sector");
        fulltime = new FulltimeUnits(fulltimeService);
        retirements = new RetirementSection(retirementService, false);
        benchmarks = new BenchmarkSection(fulltimeService, units, this::refresh);
        sector.setId("planverk-competence-sector");
        sector.setItemLabelGenerator(OrgUnit::name);
        sector.setWidth("24em");
        year.setId("planverk-competence-year");
        year.setLabel(t("year.register"));
        year.setItemLabelGenerator(String::valueOf);
        facts.setId("planverk-competence-facts");
        empty.setId("planverk-competence-empty");
        configureUnits();
        body.setPadding(false);
        body.setWidthFull();
        elsewhere.setId("planverk-competence-elsewhere");
        body.add(facts, elsewhere, gaps, fulltime, benchmarks, retirements, new H3(t("sector.units")), unitGrid);
        HorizontalLayout choose = new HorizontalLayout(sector, year);
        choose.setAlignItems(FlexComponent.Alignment.BASELINE);
        choose.getStyle().set("flex-wrap", "wrap");
        add(CompetenceNav.bar(CompetenceNav.SECTOR), new H2(t("sector.title")), new Paragraph(t("sector.help")), choose, empty, body);
        List<Integer> years = workforce.years();
        year.setItems(years);
        if (years.isEmpty()) {
            showEmpty();
            return;
        }
        year.setValue(years.get(0));
        loadSectors();
        year.addValueChangeListener(e -> {
            OrgUnit keep = sector.getValue();
            loadSectors();
            if (keep != null && summaries.containsKey(keep.id())) {
                sector.setValue(keep);
            }
            refresh();
        });
        sector.addValueChangeListener(e -> refresh());
        refresh();
    }

    private void showEmpty() {
        empty.removeAll();
        empty.add(t("sector.empty") + " ");
        if (CompetenceNav.mayImport(CurrentUser.require())) {
            Anchor a = new Anchor(CompetenceNav.IMPORT, t("sector.empty.import"));
            a.getElement().setAttribute("router-link", true);
            empty.add(a);
        }
        body.setVisible(false);
        sector.setVisible(false);
        year.setVisible(false);
    }

    /** The units with rows in the year; the choices are every such unit, the first the user's own or the largest top unit. */
    private void loadSectors() {
        summaries = workforce.units(year.getValue()).stream().collect(Collectors.toMap(WorkforceSummary::unitId, Function.identity(),
                (a, b) -> a));
        List<OrgUnit> choices = units.all().stream().filter(u -> summaries.containsKey(u.id())).toList();
        sector.setItems(choices);
        UserContext user = CurrentUser.require();
        List<Long> tops = units.tops(Set.copyOf(summaries.keySet()));
        OrgUnit first = choices.stream().filter(u -> user.units().contains(u.code())).findFirst()
                .orElse(choices.stream().filter(u -> tops.contains(u.id()))
                        .max(Comparator.comparingDouble(u -> summaries.get(u.id()).fte())).orElse(null));
        sector.setValue(first);
    }

    private void configureUnits() {
        unitGrid.setId("planverk-competence-units");
        unitGrid.addComponentColumn(s -> {
            Anchor a = new Anchor(CompetenceNav.unit(s.unitId()), s.unitName());
            a.getElement().setAttribute("router-link", true);
            a.getStyle().set("padding-left", (units.depth(s.unitId()) - units.depth(sector.getValue().id())) * 1.2 + "em");
            return a;
        }).setHeader(t("col.unit")).setKey("unit").setAutoWidth(true).setFlexGrow(1);
        number(unitGrid.addColumn(s -> Formats.integer(s.positions())).setHeader(t("col.positions")).setKey("positions"));
        number(unitGrid.addColumn(s -> Labels.fte(s.fte())).setHeader(t("col.fte")).setKey("fte"));
        number(unitGrid.addColumn(s -> Labels.share(s.positions() == 0 ? 0.0 : (double) s.aged55plus() / s.positions()))
                .setHeader(t("col.aged55")).setKey("aged55"));
        style(unitGrid);
    }

    void refresh() {
        OrgUnit s = sector.getValue();
        Integer y = year.getValue();
        body.setVisible(s != null && y != null);
        if (s == null || y == null) {
            return;
        }
        List<Long> tree = units.subtree(s.id()).stream().filter(summaries::containsKey).toList();
        GapReport report = gaps.show(s.id(), y);
        List<FulltimeYear> ft = fulltime.show(tree, y);
        retirements.show(s.id(), y);
        unitGrid.setItems(tree.stream().map(summaries::get).toList());
        WorkforceSummary sum = summaries.get(s.id());
        String share = ft.stream().filter(f -> f.stats().unitId() == s.id()).findFirst().map(f -> Labels.share(f.stats().fullTimeShare()))
                .orElse("–");
        facts.setText(t("sector.facts", s.name(), y, Formats.integer(sum.positions()), Labels.fte(sum.fte()), share,
                report.deviations().size()));
        int outside = requirements.gaps(null, y).deviations().size() - report.deviations().size();
        elsewhere.setText(outside > 0 ? t("sector.facts.elsewhere", s.name(), outside) : "");
        elsewhere.setVisible(outside > 0);
    }

    @Override
    public String getPageTitle() {
        return t("sector.title") + " – Planverk";
    }
}
