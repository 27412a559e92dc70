package no.planverk.competence.ui.internal;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;
import static no.planverk.competence.ui.internal.GapSection.number;
import static no.planverk.competence.ui.internal.GapSection.style;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.planverk.ui.api.NumberInput;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.RetirementParams;
import no.planverk.competence.api.RetirementProjection;
import no.planverk.competence.api.RetirementService;
import no.planverk.competence.api.RetirementYear;
import no.planverk.ui.api.chart.ChartBox;
import no.planverk.ui.api.chart.ChartOptions;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.Notices;

/**
 * Expected retirements and recruitment need of a unit (and below) from a register year: the assumptions (retirement age,
 * turnover, years ahead; the configured defaults first), the curve per year, the totals and, on a unit's page, the
 * retirements per category.
 */
public final class RetirementSection extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private final transient RetirementService retirements;
    public final TextField retirementAge = NumberInput.integer(t("retire.age"), 50, 75);
    public final TextField turnover = NumberInput.decimal(t("retire.turnover"), 0, 99);
    public final TextField years = NumberInput.integer(t("retire.years"), 1, RetirementParams.MAX_YEARS);
    public final ChartBox curve;
    public final Grid<RetirementYear> totals = new Grid<>();
    public final Grid<Category> perCategory = new Grid<>();
    private final H4 perCategoryTitle = new H4(t("retire.perCategory"));
    private final boolean byCategory;
    private Long unitId;
    private Integer year;
    private transient RetirementProjection projection;

    public RetirementSection(RetirementService retirements, boolean byCategory) {
        this.retirements = retirements;
        this.byCategory = byCategory;
        setPadding(false);
        setWidthFull();
        RetirementParams d = retirements.defaults();
        NumberInput.set(retirementAge, d.retirementAge());
        NumberInput.set(turnover, java.math.BigDecimal.valueOf(d.turnoverRate()).movePointRight(2));
        turnover.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        NumberInput.set(years, d.years());
        retirementAge.setId("planverk-competence-retire-age");
        turnover.setId("planverk-competence-retire-turnover");
        years.setId("planverk-competence-retire-years");
        List.of(retirementAge, turnover, years).forEach(f -> {
            f.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE); // recompute once a number is typed
            f.addValueChangeListener(e -> refresh());
        });
        HorizontalLayout params = new HorizontalLayout(retirementAge, turnover, years);
        params.setAlignItems(FlexComponent.Alignment.BASELINE);
        params.getStyle().set("flex-wrap", "wrap");
        curve = new ChartBox("planverk-competence-retirements", "avgangar", t("retire.chart.label"));
        totals.setId("planverk-competence-retire-totals");
        totals.addColumn(y -> Integer.toString(y.year())).setHeader(t("col.year")).setKey("year").setAutoWidth(true);
        number(totals.addColumn(y -> Labels.fte(y.retirements())).setHeader(t("col.retirements")).setKey("retirements"));
        number(totals.addColumn(y -> Labels.fte(y.leavers())).setHeader(t("col.leavers")).setKey("leavers"));
        number(totals.addColumn(y -> Labels.fte(y.recruitmentNeed())).setHeader(t("col.need")).setKey("need"));
        number(totals.addColumn(y -> Labels.fte(y.projectedFte())).setHeader(t("col.projected")).setKey("projected"));
        style(totals);
        perCategory.setId("planverk-competence-retire-categories");
        style(perCategory);
        perCategory.setVisible(false);
        perCategoryTitle.setVisible(false);
        add(new H3(t("retire.title")), new Paragraph(t("retire.help")), params, curve, totals, perCategoryTitle, perCategory);
    }

    public RetirementProjection show(long unit, Integer registerYear) {
        this.unitId = unit;
        this.year = registerYear;
        return refresh();
    }

    RetirementProjection refresh() {
        if (unitId == null) {
            return null;
        }
        clearInvalid();
        boolean numbers = java.util.stream.Stream.of(retirementAge, turnover, years).map(NumberInput::valid).reduce(true, Boolean::logicalAnd);
        if (!numbers) {
            return projection; // the field says what is wrong; nothing is computed on a value the user did not type
        }
        try {
            projection = retirements.project(unitId, year, params());
        } catch (InvalidInputException e) {
            markInvalid(e);
            return projection;
        } catch (PlanverkException e) {
            Notices.show(e, CompetenceTexts.TEXTS);
            return projection;
        }
        List<RetirementYear> rows = projection.totals();
        totals.setItems(rows);
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(t("col.retirements"), rows.stream().map(RetirementYear::retirements).toList());
        series.put(t("col.need"), rows.stream().map(RetirementYear::recruitmentNeed).toList());
        curve.chart.setOption(ChartOptions.line(t("retire.chart", projection.baseYear(), Labels.fte(projection.baseFte())), t("unit.fte"),
                rows.stream().map(y -> Integer.toString(y.year())).toList(), series));
        if (byCategory) {
            showCategories(projection);
        }
        return projection;
    }

    /** A null field falls back to the configured default, so clearing a field never fails. */
    private RetirementParams params() {
        Double rate = NumberInput.doubleValue(turnover) == null ? null : NumberInput.doubleValue(turnover) / 100.0;
        return RetirementParams.of(NumberInput.intValue(years), NumberInput.intValue(retirementAge), rate, retirements.defaults());
    }

    private void showCategories(RetirementProjection p) {
        perCategory.removeAllColumns();
        List<Integer> ys = p.totals().stream().map(RetirementYear::year).toList();
        List<Category> cats = new ArrayList<>(p.categories().stream().map(RetirementYear::category).filter(Objects::nonNull)
                .distinct().toList());
        perCategory.addColumn(Labels::category).setHeader(t("col.category")).setKey("category").setAutoWidth(true).setFrozen(true);
        for (int y : ys) {
            number(perCategory.addColumn(c -> Labels.fte(p.categories().stream().filter(r -> r.category() == c && r.year() == y)
                    .mapToDouble(RetirementYear::retirements).sum())).setHeader(Integer.toString(y)).setKey("y" + y));
        }
        perCategory.setItems(cats);
        perCategory.setVisible(!cats.isEmpty());
        perCategoryTitle.setVisible(!cats.isEmpty());
    }

    private void markInvalid(InvalidInputException e) {
        e.fieldErrors().forEach((field, message) -> {
            switch (field) {
                case "years" -> invalid(years, Errors.field(field, message));
                case "retirementAge" -> invalid(retirementAge, Errors.field(field, message));
                case "turnoverRate" -> invalid(turnover, Errors.field(field, message));
                default -> Notices.show(e, CompetenceTexts.TEXTS);
            }
        });
    }

    private static void invalid(com.vaadin.flow.component.HasValidation f, String message) {
        f.setErrorMessage(message);
        f.setInvalid(true);
    }

    private void clearInvalid() {
        retirementAge.setInvalid(false);
        turnover.setInvalid(false);
        years.setInvalid(false);
    }

    public RetirementProjection projection() {
        return projection;
    }
}
