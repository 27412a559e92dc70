package no.planverk.forecasting.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.api.WelfareTech;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.demo.DemoUnitsLoaded;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads Alver-shaped inputs once (when there are none) and saves the run the sector plan cites: 2020–2050,
 * normal and delayed ageing and welfare technology, with Alver's 176 nursing home places (seed 004 ch. 4).
 * The population is invented in Alver's shape; see generate-alver.py for the rules.
 */
@Component(immediate = true)
public class DemoForecasts {

    private static final Logger LOG = LoggerFactory.getLogger(DemoForecasts.class);

    private final Future<?> job;
    static final UserContext DEMO = UserContext.system("demo");
    static final String RUN = "Alver 2020–2050: normal og utsett aldring";
    /** Long- and short-term nursing home places in 2020 (138 + 38, seed 004 ch. 4). */
    static final double PLACES = 176;

    private static final Map<InputKind, String[]> FILES = new EnumMap<>(Map.of(
            InputKind.POPULATION, new String[] {"alver-population.csv", "Alver: befolkningsframskriving 2020–2050",
                "Oppdikta tal i Alver si form (om lag 30 000 innbyggjarar, aldrande), ikkje SSB-tal"},
            InputKind.SERVICE_USERS, new String[] {"alver-service-users.csv", "Alver: tenestemottakarar 2020",
                "Heimetenester og heildøgns omsorg etter alder (døme)"},
            InputKind.COSTS, new String[] {"alver-costs.csv", "Alver: årsverk og kostnad per brukar", "Faste 2020-kroner (døme)"},
            InputKind.DEMENTIA, new String[] {"alver-dementia.csv", "Alver: demens etter alder",
                "Gjev 1,81 % i 2020 og om lag 4,24 % i 2050 (demenskartet.no, KDP kap. 3.2.7)"},
            InputKind.HOUSING, new String[] {"alver-housing.csv", "Alver: bustadtrappa juni 2022",
                "Trinn 3–6 per nærsenter, KDP kap. 4 (cellene summerer til 319; tabellen i kjelda seier 323)"}));

    /** Alver's demo: loaded when the demo includes Alver and there are no inputs yet. */
    @Activate
    public DemoForecasts(@Reference DemoUnitsLoaded units, @Reference ForecastService forecasts) {
        job = units.includes(DemoUnitsLoaded.ALVER) ? units.load("forecasting", () -> loadOnce(forecasts)) : null;
    }

    @Deactivate
    void stop() {
        if (job != null) {
            job.cancel(false);
        }
    }

    static void loadOnce(ForecastService forecasts) {
        if (!forecasts.inputs(null).isEmpty()) {
            return;
        }
        RunInfo run = load(forecasts);
        LOG.info("Demo forecasting inputs loaded; saved run {} ({})", run.id(), run.name());
    }

    static RunInfo load(ForecastService forecasts) {
        Map<InputKind, Long> ids = new EnumMap<>(InputKind.class);
        FILES.forEach((kind, f) -> ids.put(kind, forecasts.createInput(kind, f[1], f[2], read(f[0]), DEMO).id()));
        RunSpec spec = new RunSpec(ids.get(InputKind.POPULATION), ids.get(InputKind.SERVICE_USERS), ids.get(InputKind.COSTS),
                ids.get(InputKind.DEMENTIA), ids.get(InputKind.HOUSING), PLACES, 80, 2020, 2050, 0.1,
                new WelfareTech("heildøgns omsorg", "heimetenester", 0.2), List.of(), List.of("normal", "delayed", "welfare-tech"));
        return forecasts.saveRun(RUN, "Framskriving til KDP helse og omsorg: kor mange treng heimetenester og heildøgns omsorg,"
                + " og kor mange sjukeheimsplassar trengst for å halde dekningsgraden for 80+.", spec, DEMO);
    }

    static byte[] read(String name) {
        try (InputStream in = DemoForecasts.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
