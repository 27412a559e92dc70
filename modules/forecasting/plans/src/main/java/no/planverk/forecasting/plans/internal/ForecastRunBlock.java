package no.planverk.forecasting.plans.internal;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.SavedRun;
import no.planverk.forecasting.api.ServiceResult;
import no.planverk.forecasting.api.YearResult;
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
 * The live block {@code forecasting.run} of plan documents (param: a saved run's id): the service users of every
 * scenario year by year, summed over the services, as a line chart and the same numbers as a table.
 */
@Component(service = DocumentBlockProvider.class)
public class ForecastRunBlock implements DocumentBlockProvider {

    static final String TYPE = "forecasting.run";

    private final ForecastService forecasts;
    private final Translator texts;

    @Activate
    public ForecastRunBlock(@Reference ForecastService forecasts, @Reference Translator texts) {
        this.forecasts = forecasts;
        this.texts = texts;
    }

    @Override
    public List<BlockType> types(Locale locale) {
        return List.of(new BlockType(TYPE, text(locale, "forecasting.document.block", "Saved forecast (chart and table)")));
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
        long id;
        try {
            id = Long.parseLong(block.param().strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        SavedRun run;
        try {
            run = forecasts.savedRun(id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        return Optional.of(content(run, locale));
    }

    private BlockContent content(SavedRun run, Locale locale) {
        ForecastResult result = run.outcome().result();
        List<Integer> years = result.years().stream().map(YearResult::year).sorted().toList();
        List<String> scenarios = run.info().scenarios();
        List<BlockSeries> series = new ArrayList<>();
        for (String scenario : scenarios) {
            series.add(new BlockSeries(scenario, years.stream().map(y -> (Double) users(result, scenario, y)).toList()));
        }
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nb-NO"));
        List<List<BlockCell>> rows = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            List<BlockCell> row = new ArrayList<>();
            row.add(BlockCell.of(String.valueOf(years.get(i))));
            for (BlockSeries s : series) {
                row.add(BlockCell.of(nf.format(Math.round(s.values().get(i)))));
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>();
        headers.add(text(locale, "forecasting.document.year", "Year"));
        headers.addAll(scenarios);
        String unit = text(locale, "forecasting.document.users", "service users");
        BlockChart chart = new BlockChart(run.info().name(), BlockChart.Kind.LINE, years.stream().map(String::valueOf).toList(), series, unit);
        String saved = run.info().created() == null ? "" : run.info().created().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String note = text(locale, "forecasting.document.note", "Service users of all services by scenario. Saved forecast of {0}, base year {1}.",
                saved, String.valueOf(run.info().baseYear()));
        return new BlockContent(run.info().name(), List.of(new BlockTable(headers, rows)), List.of(chart), note);
    }

    private static double users(ForecastResult result, String scenario, int year) {
        return result.services().stream().filter(r -> r.year() == year && r.scenario().equals(scenario)).mapToDouble(ServiceResult::users).sum();
    }

    private String text(Locale locale, String key, String english, Object... args) {
        return texts.text(Message.of(key, english, args), locale);
    }
}
