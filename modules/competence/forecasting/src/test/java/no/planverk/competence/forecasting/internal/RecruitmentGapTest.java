package no.planverk.competence.forecasting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planverk.competence.api.FileFormat;
import no.planverk.competence.api.GapBasis;
import no.planverk.competence.api.RecruitmentGap;
import no.planverk.competence.api.RetirementParams;
import no.planverk.competence.api.YearValue;
import no.planverk.competence.core.internal.CompetenceFixture;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.core.internal.ForecastingFixture;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real forecasting service behind the bridge, on the forecasting README's worked example moved to 2025-2026:
 * normal ageing gives home 17 → 26.9 users and care 15 → 28; at 0.5 and 1.0 FTE per user that is 23.5 FTE in 2025
 * and 41.45 in 2026.
 */
class RecruitmentGapTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);

    final ForecastingFixture forecasting = ForecastingFixture.inMemory();
    final CompetenceFixture competence = CompetenceFixture.inMemory();
    final ForecastFte bridge = new ForecastFte(forecasting.service());

    @AfterEach
    void close() {
        forecasting.close();
        competence.close();
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    RunInfo run(boolean withCosts) {
        ForecastService f = forecasting.service();
        long pop = f.createInput(InputKind.POPULATION, "pop", null, bytes("year,age,population\n2025,0,100\n2025,1,100\n2025,2,100\n"
                + "2025,3,50\n2025,4,20\n2026,0,90\n2026,1,100\n2026,2,100\n2026,3,80\n2026,4,40"), PLANNER).id();
        long users = f.createInput(InputKind.SERVICE_USERS, "users", null, bytes("service,age_from,age_to,users\nhome,0,2,3\nhome,3,4,14\n"
                + "care,0,2,0\ncare,3,3,5\ncare,4,4,10"), PLANNER).id();
        Long costs = withCosts ? f.createInput(InputKind.COSTS, "costs", null, bytes("service,fte_per_user,cost_per_user\nhome,0.5,\n"
                + "care,1,"), PLANNER).id() : null;
        return f.saveRun("Døme", null, new RunSpec(pop, users, costs, null, null, null, null, null, null, null, null, null,
                List.of("normal")), PLANNER);
    }

    /** 20 nurses in 2025, 10 of them aged 61: with no turnover 10 are left in 2026. */
    void register() {
        assertTrue(competence.workforce().importData(FileFormat.CSV, bytes("unit,year,category,percent,count,age\n"
                + "ALV-HO-INST,2025,sjukepleiar,100,10,61\nALV-HO-HEIM,2025,sjukepleiar,100,10,30"), PLANNER).committed());
    }

    @Test
    void theBridgeSumsFteOverServicesPerYear() {
        RunInfo r = run(true);
        List<YearValue> fte = bridge.fte(r.id(), "normal").orElseThrow();
        assertEquals(2, fte.size());
        assertEquals(23.5, fte.get(0).value(), 1e-9);
        assertEquals(41.45, fte.get(1).value(), 1e-9);
        assertTrue(bridge.fte(r.id(), "delayed").isEmpty(), "not a scenario of this run");
        assertTrue(bridge.fte(r.id() + 100, "normal").isEmpty());
        assertEquals(List.of(r.id()), bridge.runs().stream().map(x -> x.id()).toList());
    }

    @Test
    void recruitmentGapIsTheForecastsNeedMinusWhatIsLeft() {
        long run = run(true).id();
        register();
        competence.forecasts(bridge);
        long ho = competence.units().id("ALV-HO");
        RecruitmentGap g = competence.retirements().recruitmentGap(ho, null, run, null, GapBasis.FORECAST, new RetirementParams(1, 62, 0));
        assertTrue(g.available(), g.message());
        assertEquals("normal", g.scenario());
        assertEquals(3.5, g.years().get(0).gap(), 1e-9); // 23.5 - 20
        assertEquals(31.45, g.years().get(1).gap(), 1e-9); // 41.45 - 10
        RecruitmentGap growth = competence.retirements().recruitmentGap(ho, null, run, "normal", GapBasis.GROWTH, new RetirementParams(1, 62,
                0));
        assertEquals(20 * 41.45 / 23.5 - 10, growth.years().get(1).gap(), 1e-9);
    }

    @Test
    void aRunWithoutFteOrAnUnknownScenarioIsExplained() {
        long run = run(false).id();
        register();
        competence.forecasts(bridge);
        long ho = competence.units().id("ALV-HO");
        RecruitmentGap noFte = competence.retirements().recruitmentGap(ho, null, run, null, GapBasis.FORECAST, null);
        assertFalse(noFte.available());
        assertTrue(noFte.message().contains("no FTE figures"), noFte.message());
        RecruitmentGap noScenario = competence.retirements().recruitmentGap(ho, null, run, "delayed", GapBasis.FORECAST, null);
        assertTrue(noScenario.message().contains("no scenario 'delayed'"), noScenario.message());
        competence.forecasts(null);
        assertTrue(competence.retirements().recruitmentGap(ho, null, run, null, GapBasis.FORECAST, null).message()
                .startsWith("Forecasting is not installed"));
    }
}
