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
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A saved forecast run as a live block of a plan document: a chart and a table of users per scenario and year. */
class ForecastRunBlockTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);

    final ForecastingFixture forecasting = ForecastingFixture.inMemory();

    @AfterEach
    void close() {
        forecasting.close();
    }

    @Test
    void aSavedRunIsAChartAndATable() {
        long pop = forecasting.service().createInput(InputKind.POPULATION, "pop", null,
                "year,age,population\n2020,0,10\n2020,1,5\n2021,0,10\n2021,1,8\n".getBytes(StandardCharsets.UTF_8), PLANNER).id();
        long users = forecasting.service().createInput(InputKind.SERVICE_USERS, "users", null,
                "service,age_from,age_to,users\nheimetenester,0,1,3\n".getBytes(StandardCharsets.UTF_8), PLANNER).id();
        RunInfo run = forecasting.service().saveRun("Alver 2020–2021", null, RunSpec.of(pop, users), PLANNER);
        ForecastRunBlock block = new ForecastRunBlock(forecasting.service(), Catalogs.translator(new ForecastingMessages()));

        BlockContent c = block.render(new BlockRef(ForecastRunBlock.TYPE, String.valueOf(run.id())), Locale.forLanguageTag("nn-NO")).orElseThrow();
        assertEquals("Alver 2020–2021", c.title());
        BlockChart chart = c.charts().get(0);
        assertEquals(List.of("2020", "2021"), chart.categories());
        assertEquals(run.scenarios(), chart.series().stream().map(s -> s.name()).toList());
        assertEquals("År", c.tables().get(0).headers().get(0));
        assertEquals(2, c.tables().get(0).rows().size());
        assertEquals("3", c.tables().get(0).rows().get(0).get(1).text(), "3 users in the base year");
        assertTrue(c.note().startsWith("Brukarar av alle tenestene etter scenario."), c.note());
        assertTrue(block.render(new BlockRef(ForecastRunBlock.TYPE, "424242"), Locale.ENGLISH).isEmpty());
        assertEquals(List.of(String.valueOf(run.id())), block.choices(ForecastRunBlock.TYPE, 1, Locale.ENGLISH).stream().map(x -> x.param()).toList());
    }
}
