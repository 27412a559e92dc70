package no.planverk.plans.core.internal.document;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.planverk.plans.api.Indicator;
import no.planverk.plans.api.IndicatorService;
import no.planverk.plans.api.IndicatorValue;
import no.planverk.plans.api.document.BlockCell;
import no.planverk.plans.api.document.BlockChart;
import no.planverk.plans.api.document.BlockChoice;
import no.planverk.plans.api.document.BlockContent;
import no.planverk.plans.api.document.BlockSeries;
import no.planverk.plans.api.document.BlockTable;

/**
 * An indicator's trend (param: the indicator's id): a line chart of the measured values against the straight line
 * from baseline to target, and the same numbers as a table, year by year.
 */
final class IndicatorTrendBlock {

    static final String TYPE = "plans.indicator-trend";

    private final IndicatorService indicators;

    IndicatorTrendBlock(IndicatorService indicators) {
        this.indicators = indicators;
    }

    List<BlockChoice> choices(long planId) {
        return indicators.forPlan(planId).stream().map(i -> new BlockChoice(String.valueOf(i.id()), i.name())).toList();
    }

    Optional<BlockContent> render(String param, Locale locale) {
        Long id = GoalTableBlock.parse(param);
        return id == null ? Optional.empty() : indicators.find(id).map(i -> content(i, locale));
    }

    private static BlockContent content(Indicator i, Locale locale) {
        int from = Math.min(i.baselineYear(), i.actuals().stream().mapToInt(IndicatorValue::year).min().orElse(i.baselineYear()));
        int to = Math.max(i.targetYear(), i.actuals().stream().mapToInt(IndicatorValue::year).max().orElse(i.targetYear()));
        if (to - from > 100) {
            to = from + 100;
        }
        List<String> years = new ArrayList<>();
        List<Double> actual = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        List<List<BlockCell>> rows = new ArrayList<>();
        NumberFormat nf = numbers();
        for (int y = from; y <= to; y++) {
            int year = y;
            Double a = i.actuals().stream().filter(v -> v.year() == year).map(IndicatorValue::value).findFirst().orElse(null);
            years.add(String.valueOf(y));
            actual.add(a);
            expected.add(i.expected(y));
            rows.add(List.of(BlockCell.of(String.valueOf(y)), BlockCell.of(a == null ? "" : nf.format(a)), BlockCell.of(nf.format(i.expected(y)))));
        }
        String measured = DocumentTexts.text(locale, "plans.document.indicator.actual", "Measured");
        String path = DocumentTexts.text(locale, "plans.document.indicator.expected", "Path to the target");
        BlockChart chart = new BlockChart(i.name(), BlockChart.Kind.LINE, years,
                List.of(new BlockSeries(measured, actual), new BlockSeries(path, expected)), i.unit());
        BlockTable table = new BlockTable(List.of(DocumentTexts.text(locale, "plans.document.indicator.year", "Year"), measured, path), rows);
        String status = switch (i.status()) {
            case ON_TRACK -> DocumentTexts.text(locale, "plans.document.indicator.onTrack", "On track.");
            case OFF_TRACK -> DocumentTexts.text(locale, "plans.document.indicator.offTrack", "Not on track.");
            case NO_DATA -> DocumentTexts.text(locale, "plans.document.indicator.noData", "No measured values yet.");
        };
        String note = DocumentTexts.text(locale, "plans.document.indicator.note", "Baseline {0} {1} in {2}, target {3} {1} in {4}. {5}",
                nf.format(i.baselineValue()), i.unit() == null ? "" : i.unit(), String.valueOf(i.baselineYear()),
                nf.format(i.targetValue()), String.valueOf(i.targetYear()), status);
        return new BlockContent(i.name(), List.of(table), List.of(chart), note);
    }

    /** Norwegian numbers: decimal comma, a space between thousands, at most two decimals. */
    static NumberFormat numbers() {
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.forLanguageTag("nb-NO"));
        nf.setMaximumFractionDigits(2);
        return nf;
    }
}
