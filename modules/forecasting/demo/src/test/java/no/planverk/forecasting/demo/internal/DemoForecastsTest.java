package no.planverk.forecasting.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.forecasting.api.HousingNeed;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.YearResult;
import no.planverk.forecasting.core.internal.ForecastingFixture;
import no.planverk.platform.demo.DemoUnitsLoaded;
import org.junit.jupiter.api.Test;

/** The demo tells the seeds' story: about 30 000 residents, dementia 1.81 % in 2020 rising to about 4.24 % in 2050. */
class DemoForecastsTest {

    @Test
    void loadsAlverAndItsRunTellsTheSeedsStory() {
        try (ForecastingFixture fx = ForecastingFixture.inMemory()) {
            new DemoForecasts(() -> Set.of(DemoUnitsLoaded.ALVER), fx.service());
            assertEquals(5, fx.service().inputs(null).size());
            RunInfo info = fx.service().runs().get(0);
            assertEquals(DemoForecasts.RUN, info.name());
            ForecastResult r = fx.service().savedRun(info.id()).outcome().result();
            YearResult y2020 = r.year(2020).orElseThrow();
            YearResult y2050 = r.year(2050).orElseThrow();
            assertEquals(30_000, y2020.population(), 1);
            assertEquals(1.81, 100 * y2020.dementiaShare(), 0.005);
            assertEquals(4.24, 100 * y2050.dementiaShare(), 0.015);
            assertEquals(176, y2020.placesNeeded(), 1e-9);
            // 80+ grows from 1300 to about 4100: places to keep coverage more than triple
            assertEquals(4113, y2050.coveragePopulation(), 1);
            assertEquals(176 * 4113 / 1300.0, y2050.placesNeeded(), 1);
            assertEquals(1050, r.find("normal", "heimetenester", 2020).orElseThrow().users(), 1e-6);
            assertEquals(193, r.find("normal", "heildøgns omsorg", 2020).orElseThrow().users(), 1e-6);
            double normal = r.find("normal", "heildøgns omsorg", 2050).orElseThrow().users();
            double delayed = r.find("delayed", "heildøgns omsorg", 2050).orElseThrow().users();
            assertEquals(true, delayed < normal, "delayed ageing needs fewer places than normal");
            HousingNeed knarvik = fx.service().savedRun(info.id()).outcome().housingNeeds().stream()
                    .filter(n -> n.year() == 2020 && n.centre().equals("Knarvik") && n.type().endsWith("langtid")).findFirst().orElseThrow();
            assertEquals(49, knarvik.capacity(), 1e-9);

            new DemoForecasts(() -> Set.of(DemoUnitsLoaded.ALVER), fx.service());
            assertEquals(1, fx.service().runs().size(), "loaded once");
        }
    }

    @Test
    void bergensProfileHasNoAlverForecast() {
        try (ForecastingFixture fx = ForecastingFixture.inMemory()) {
            new DemoForecasts(() -> Set.of(DemoUnitsLoaded.BERGEN), fx.service());
            assertEquals(0, fx.service().inputs(null).size());
        }
    }
}
