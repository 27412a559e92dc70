package no.planverk.forecasting.plans.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.SavedRun;
import no.planverk.forecasting.api.staircase.Staircase;
import no.planverk.forecasting.api.staircase.StaircaseService;
import no.planverk.forecasting.api.staircase.StepDemand;
import no.planverk.plans.api.document.BlockCell;
import no.planverk.plans.api.document.BlockChart;
import no.planverk.plans.api.document.BlockChoice;
import no.planverk.plans.api.document.BlockContent;
import no.planverk.plans.api.document.BlockRef;
import no.planverk.plans.api.document.BlockSeries;
import no.planverk.plans.api.document.BlockTable;
import no.planverk.plans.api.document.BlockType;
import no.planverk.plans.api.document.DocumentBlockProvider;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The live block {@code forecasting.staircase} of plan documents (param: a saved run's id): the run's first scenario
 * as users per step of the activity and mastery staircase in the base year and at the horizon, as a bar chart and a
 * table with the change and the FTE at the horizon.
 */
@Component(service = DocumentBlockProvider.class)
public class StaircaseBlock implements DocumentBlockProvider {

    static final String TYPE = "forecasting.staircase";

    private final ForecastService forecasts;
    private final StaircaseService staircase;
    private final Translator texts;

    @Activate
    public StaircaseBlock(@Reference ForecastService forecasts, @Reference StaircaseService staircase, @Reference Translator texts) {
        this.forecasts = forecasts;
        this.staircase = staircase;
        this.texts = texts;
    }

    @Override
    public List<BlockType> types(Locale locale) {
        return List.of(new BlockType(TYPE, text(locale, "forecasting.document.staircase.block", "Saved forecast per step of the staircase")));
    }

    @Override
    public List<BlockChoice> choices(String type, long planId, Locale locale) {
        if (!TYPE.equals(type)) {
            return List.of();
        }
        return SavedRunChoices.of(forecasts);
    }

    @Override
    public Optional<BlockContent> render(BlockRef block, Locale locale) {
        if (!TYPE.equals(block.type())) {
            return Optional.empty();
        }
        try {
            return Optional.of(content(forecasts.savedRun(Long.parseLong(block.param().strip())), locale));
        } catch (NumberFormatException | NotFoundException e) {
            return Optional.empty();
        }
    }

    private BlockContent content(SavedRun run, Locale locale) {
        Staircase stairs = staircase.staircase();
        int base = run.info().baseYear();
        int horizon = run.info().horizon();
        String scenario = run.info().scenarios().get(0);
        List<StepDemand> demand = staircase.demand(run.outcome().result()).stream().filter(d -> d.scenario().equals(scenario)).toList();
        Map<Integer, StepDemand> first = new LinkedHashMap<>();
        Map<Integer, StepDemand> last = new LinkedHashMap<>();
        demand.stream().filter(d -> d.year() == base).forEach(d -> first.put(d.step(), d));
        demand.stream().filter(d -> d.year() == horizon).forEach(d -> last.put(d.step(), d));
        NumberFormat whole = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nb-NO"));
        NumberFormat decimals = NumberFormat.getNumberInstance(Locale.forLanguageTag("nb-NO"));
        decimals.setMaximumFractionDigits(1);
        List<String> labels = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        List<List<BlockCell>> rows = new ArrayList<>();
        for (Map.Entry<Integer, StepDemand> e : last.entrySet()) {
            StepDemand h = e.getValue();
            double b = first.containsKey(e.getKey()) ? first.get(e.getKey()).users() : 0;
            String label = stairs.step(h.step()).map(s -> s.number() + " " + s.name())
                    .orElse(text(locale, "forecasting.document.staircase.noStep", "No step"));
            labels.add(label);
            before.add(b);
            after.add(h.users());
            rows.add(List.of(BlockCell.of(label), BlockCell.of(h.category() == 0 ? "" : String.valueOf(h.category())),
                    BlockCell.of(whole.format(Math.round(b))), BlockCell.of(whole.format(Math.round(h.users()))),
                    BlockCell.of((h.users() >= b ? "+" : "") + whole.format(Math.round(h.users() - b))),
                    BlockCell.of(h.fte() == null ? "" : decimals.format(h.fte()))));
        }
        List<String> headers = List.of(text(locale, "forecasting.document.staircase.step", "Step"),
                text(locale, "forecasting.document.staircase.category", "Category"), String.valueOf(base), String.valueOf(horizon),
                text(locale, "forecasting.document.staircase.change", "Change"),
                text(locale, "forecasting.document.staircase.fte", "FTE {0}", String.valueOf(horizon)));
        String unit = text(locale, "forecasting.document.users", "service users");
        BlockChart chart = new BlockChart(run.info().name(), BlockChart.Kind.BAR, labels,
                List.of(new BlockSeries(String.valueOf(base), before), new BlockSeries(String.valueOf(horizon), after)), unit);
        String note = text(locale, "forecasting.document.staircase.note",
                "Service users per step of the activity and mastery staircase, scenario {0}, {1} and {2}.", scenario, String.valueOf(base),
                String.valueOf(horizon));
        return new BlockContent(run.info().name(), List.of(new BlockTable(headers, rows)), List.of(chart), note);
    }

    private String text(Locale locale, String key, String english, Object... args) {
        return texts.text(Message.of(key, english, args), locale);
    }
}
