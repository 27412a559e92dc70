package no.planverk.forecasting.plans.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.core.internal.ForecastingFixture;
import no.planverk.forecasting.core.internal.ForecastingMessages;
import no.planverk.plans.api.document.BlockChart;
import no.planverk.plans.api.document.BlockContent;
import no.planverk.plans.api.document.BlockRef;
import no.planverk.plans.api.document.BlockTable;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A saved run per step of the activity and mastery staircase as a live block: a bar chart and a table. */
class StaircaseBlockTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);

    final ForecastingFixture forecasting = ForecastingFixture.inMemory();

    @AfterEach
    void close() {
        forecasting.close();
    }

    @Test
    void aSavedRunIsItsStepsInTheBaseYearAndAtTheHorizon() {
        long pop = forecasting.service().createInput(InputKind.POPULATION, "pop", null,
                "year,age,population\n2020,0,10\n2020,1,5\n2021,0,10\n2021,1,10\n".getBytes(StandardCharsets.UTF_8), PLANNER).id();
        long users = forecasting.service().createInput(InputKind.SERVICE_USERS, "users", null,
                "service,age_from,age_to,users\nheimetenester,0,0,2\nheimetenester,1,1,1\nsjukeheim,0,0,0\nsjukeheim,1,1,5\nkino,0,1,3\n"
                        .getBytes(StandardCharsets.UTF_8), PLANNER).id();
        RunInfo run = forecasting.service().saveRun("Alver", null, RunSpec.of(pop, users), PLANNER);
        StaircaseBlock block = new StaircaseBlock(forecasting.service(), forecasting.staircase(),
                Catalogs.translator(new ForecastingMessages()));

        BlockContent c = block.render(new BlockRef(StaircaseBlock.TYPE, String.valueOf(run.id())), Locale.forLanguageTag("nn-NO")).orElseThrow();
        BlockTable t = c.tables().get(0);
        assertEquals(List.of("Trinn", "Kategori", "2020", "2021", "Endring", "Årsverk 2021"), t.headers());
        assertEquals(3, t.rows().size(), "home care, nursing home, no step");
        assertEquals("7 Heimetenester og heimesjukepleie", t.rows().get(0).get(0).text());
        assertEquals("3", t.rows().get(0).get(2).text());
        assertEquals("4", t.rows().get(0).get(3).text(), "rate 2/10 and 1/5 on 10 and 10 people");
        assertEquals("+1", t.rows().get(0).get(4).text());
        assertEquals("10 Langtidsopphald og heildøgns omsorg", t.rows().get(1).get(0).text());
        assertEquals("10", t.rows().get(1).get(3).text());
        assertEquals("Utan trinn", t.rows().get(2).get(0).text());
        BlockChart chart = c.charts().get(0);
        assertEquals(BlockChart.Kind.BAR, chart.kind());
        assertEquals(List.of("2020", "2021"), chart.series().stream().map(s -> s.name()).toList());
        assertEquals(List.of(3.0, 5.0, 3.0), chart.series().get(0).values(), "the base year: home care, nursing home, no step");
        assertTrue(c.note().startsWith("Tenestemottakarar per trinn"), c.note());
        assertTrue(block.render(new BlockRef(StaircaseBlock.TYPE, "424242"), Locale.ENGLISH).isEmpty());
        assertTrue(block.render(new BlockRef("forecasting.run", String.valueOf(run.id())), Locale.ENGLISH).isEmpty());
    }
}
