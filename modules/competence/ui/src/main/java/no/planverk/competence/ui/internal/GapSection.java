package no.planverk.competence.ui.internal;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.CategoryGap;
import no.planverk.competence.api.Gap;
import no.planverk.competence.api.GapReport;
import no.planverk.competence.api.RequirementService;
import no.planverk.ui.api.chart.ChartBox;
import no.planverk.ui.api.chart.ChartOptions;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.Notices;

/**
 * Gaps of a unit and the units below in a register year: the heatmap unit × category (gap = required − available, red
 * and "Mangel" where short, green and "Overskot" above the requirement), the sums per category and the deviations from
 * statutory requirements.
 */
public final class GapSection extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private final transient RequirementService requirements;
    public final ChartBox heat;
    public final Paragraph none = new Paragraph(t("gaps.none"));
    public final Grid<CategoryGap> categories = new Grid<>();
    public final Grid<Gap> deviations = new Grid<>();
    private transient GapReport report;

    public GapSection(RequirementService requirements, String idPrefix) {
        this.requirements = requirements;
        setPadding(false);
        setWidthFull();
        heat = new ChartBox(idPrefix + "-heatmap", "kompetansegap", t("gaps.heatmap.label"));
        none.setId(idPrefix + "-gaps-none");
        categories.setId(idPrefix + "-gap-categories");
        categories.addColumn(c -> Labels.category(c.category())).setHeader(t("col.category")).setKey("category").setAutoWidth(true);
        number(categories.addColumn(c -> Labels.fte(c.requiredFte())).setHeader(t("col.required")).setKey("required"));
        number(categories.addColumn(c -> Labels.fte(c.availableFte())).setHeader(t("col.available")).setKey("available"));
        number(categories.addColumn(c -> Labels.fte(c.shortfall())).setHeader(t("col.shortfall")).setKey("shortfall"));
        style(categories);
        deviations.setId(idPrefix + "-deviations");
        deviations.addComponentColumn(g -> {
            Anchor a = new Anchor(CompetenceNav.unit(g.unitId()), g.unitName());
            a.getElement().setAttribute("router-link", true);
            return a;
        }).setHeader(t("col.unit")).setKey("unit").setAutoWidth(true);
        deviations.addColumn(g -> Labels.category(g.category())).setHeader(t("col.category")).setKey("category").setAutoWidth(true);
        number(deviations.addColumn(g -> Labels.fte(g.requiredFte())).setHeader(t("col.required")).setKey("required"));
        number(deviations.addColumn(g -> Labels.fte(g.availableFte())).setHeader(t("col.available")).setKey("available"));
        number(deviations.addComponentColumn(g -> Labels.gapSpan(g.gap())).setHeader(t("col.gap")).setKey("gap"));
        deviations.addColumn(Gap::reference).setHeader(t("col.reference")).setKey("reference").setFlexGrow(1);
        deviations.setEmptyStateText(t("gaps.deviations.none"));
        style(deviations);
        add(new H3(t("gaps.title")), new Paragraph(t("gaps.help")), none, heat, categories, new H3(t("gaps.deviations")),
                new Paragraph(t("gaps.deviations.help")), deviations);
    }

    public static void number(Grid.Column<?> c) {
        c.setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }

    public static void style(Grid<?> g) {
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        g.setAllRowsVisible(true);
        g.setWidthFull();
    }

    /** Shows the gaps of the unit (and below) in the year; null unit = every unit. */
    public GapReport show(Long unitId, Integer year) {
        try {
            report = requirements.gaps(unitId, year);
        } catch (PlanverkException e) {
            Notices.show(e, CompetenceTexts.TEXTS);
            report = new GapReport(year, List.of(), List.of());
        }
        boolean any = !report.gaps().isEmpty();
        none.setVisible(!any);
        heat.setVisible(any);
        categories.setVisible(any);
        heat.chart.setOption(option(report));
        categories.setItems(report.categories());
        deviations.setItems(report.deviations());
        return report;
    }

    public GapReport report() {
        return report;
    }

    /** Units as rows (in the order they come), categories as columns (in the API's order), the gap in each cell. */
    static String option(GapReport r) {
        Map<Long, String> units = new LinkedHashMap<>();
        r.gaps().forEach(g -> units.putIfAbsent(g.unitId(), g.unitName()));
        List<Category> cats = Arrays.stream(Category.values()).filter(c -> r.gaps().stream().anyMatch(g -> g.category() == c)).toList();
        List<Long> ids = new ArrayList<>(units.keySet());
        Double[][] cells = new Double[ids.size()][cats.size()];
        for (Gap g : r.gaps()) {
            int row = ids.indexOf(g.unitId());
            int col = cats.indexOf(g.category());
            cells[row][col] = cells[row][col] == null ? g.gap() : cells[row][col] + g.gap();
        }
        return ChartOptions.heatmap(t("gaps.heatmap.title", r.year() == null ? "" : String.valueOf(r.year())), t("unit.fte"),
                cats.stream().map(Labels::category).toList(), new ArrayList<>(units.values()), cells, t("gaps.legend.short"),
                t("gaps.legend.even"), t("gaps.legend.surplus"));
    }
}
