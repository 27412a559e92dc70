package no.planverk.itests;

import static no.planverk.itests.Distribution.call;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import javax.inject.Inject;
import no.planverk.itests.Distribution.Answer;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Boots the distribution with competence and the demo, first alone (no recruitment gap: forecasting is not there),
 * then installs forecasting at runtime: the demo forecast's FTE gives the recruitment gap per year.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CompetenceIT {

    static final int PORT = 18881;
    static final String BOOT = "planverk-platform, planverk-competence, planverk-demo";

    @Inject
    FeaturesService features;

    @Inject
    SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return Distribution.options(PORT, 700, BOOT);
    }

    @Test
    public void competenceAloneThenWithForecasting() throws Exception {
        Distribution.awaitHealthy(PORT, 90);
        assertFalse(features.isInstalled(features.getFeature("planverk-forecasting")));
        Distribution.awaitBody(PORT, "planlegg", "/api/v1/competence/units", "ALV-HO", 90);
        Answer units = Distribution.awaitBody(PORT, "planlegg", "/api/v1/competence/units", "BRG-UH", 60);
        assertTrue(call(PORT, "GET", "/api/v1/modules", "lesar", (String) null).body().contains("\"competence\""));
        Answer gaps = call(PORT, "GET", "/api/v1/competence/gaps?unit=BRG-UH", "lesar", (String) null);
        assertEquals(gaps.body(), 200, gaps.status());
        assertTrue("Bergen's chapter 9 deviation: " + gaps.body(), gaps.body().contains("9-9"));
        String shell = Distribution.shell(sessions, null, "competence:gaps BRG-UH");
        assertTrue(shell, shell.toLowerCase().contains("vernepleiar"));
        Answer without = call(PORT, "GET", "/api/v1/competence/recruitment?unit=ALV-HO&run=1&scenario=normal", "planlegg", (String) null);
        assertTrue(without.body(), without.body().contains("not installed"));

        Answer bad = call(PORT, "POST", "/api/v1/competence/import?format=csv&dryRun=true", "planlegg",
                "unit,year,category,count,percent,age\nALV-HO,2025,sjukepleiar,2,150,57\n");
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.body(), bad.body().contains("\"line\":2"));

        features.installFeature("planverk-forecasting", EnumSet.noneOf(FeaturesService.Option.class));
        Answer runs = Distribution.awaitBody(PORT, "planlegg", "/api/v1/competence/forecast-runs", "Alver 2020", 120);
        long run = Long.parseLong(Distribution.first(runs.body(), "\"id\":(\\d+)"));
        Answer gap = call(PORT, "GET", "/api/v1/competence/recruitment?unit=ALV-HO&run=" + run + "&scenario=normal&basis=growth",
                "planlegg", (String) null);
        assertEquals(gap.body(), 200, gap.status());
        assertTrue(gap.body(), gap.body().contains("2030"));

        String[] users = {null, "admin", "planlegg", "einingsleiar", "koordinator", "lesar"};
        long unit = Long.parseLong(Distribution.first(call(PORT, "GET", "/api/v1/units", "lesar", (String) null).body(),
                "\\{\"id\":(\\d+),\"code\":\"BRG-UH\""));
        String position = "{\"unitId\":" + unit + ",\"year\":2025,\"category\":\"sjukepleiar\",\"percent\":100,\"count\":1,\"version\":0}";
        String requirement = "{\"unitId\":" + unit + ",\"category\":\"sjukepleiar\",\"minFte\":1,\"version\":0}";
        String benchmark = "{\"kind\":\"national\",\"year\":2025,\"fullTimeShare\":0.5,\"averagePercent\":80,\"version\":0}";
        String measure = "{\"unitId\":" + unit + ",\"kind\":\"course\",\"title\":\"Rolleprøve\",\"year\":2026,\"version\":0}";
        int p = Distribution.PASSES;
        int any = Distribution.ANY;
        Object[][] table = {
            // method, path, body, expected: anonymous, admin, planner, unit leader (ALV-HO), coordinator, reader
            {"GET", "/api/v1/competence/units", null, new int[] {401, 200, 200, 200, 200, 200}},
            {"GET", "/api/v1/competence/gaps?unit=ALV-HO", null, new int[] {401, 200, 200, 200, 200, 200}},
            {"GET", "/api/v1/competence/workforce?unit=BRG-UH", null, new int[] {401, 200, 200, 403, 403, 403}},
            {"POST", "/api/v1/competence/workforce/erase?unit=BRG-UH", null, new int[] {401, 200, 403, 403, 403, 403}},
            // every other write, on rows that do not exist or with a unit the unit leader may not have: past the role check or 403
            {"POST", "/api/v1/competence/workforce", position, new int[] {401, p, p, any, 403, 403}},
            {"PUT", "/api/v1/competence/workforce/999999", position, new int[] {401, p, p, any, 403, 403}},
            {"DELETE", "/api/v1/competence/workforce/999999?version=0", null, new int[] {401, p, p, any, 403, 403}},
            {"POST", "/api/v1/competence/import?format=csv&dryRun=true", "unit,year,category,count,percent,age\nALV-HO,2025,sjukepleiar,2,100,57\n",
                new int[] {401, p, p, any, 403, 403}},
            {"POST", "/api/v1/competence/requirements", requirement, new int[] {401, p, p, any, 403, 403}},
            {"PUT", "/api/v1/competence/requirements/999999", requirement, new int[] {401, p, p, any, 403, 403}},
            {"DELETE", "/api/v1/competence/requirements/999999?version=0", null, new int[] {401, p, p, any, 403, 403}},
            {"POST", "/api/v1/competence/benchmarks", benchmark, new int[] {401, p, p, 403, 403, 403}},
            {"PUT", "/api/v1/competence/benchmarks/999999", benchmark, new int[] {401, p, p, 403, 403, 403}},
            {"DELETE", "/api/v1/competence/benchmarks/999999?version=0", null, new int[] {401, p, p, 403, 403, 403}},
            {"POST", "/api/v1/competence/measures", measure, new int[] {401, p, p, any, 403, 403}},
            {"PUT", "/api/v1/competence/measures/999999", measure, new int[] {401, p, p, any, 403, 403}},
            {"DELETE", "/api/v1/competence/measures/999999?version=0", null, new int[] {401, p, p, any, 403, 403}},
        };
        assertEquals("role table", "", Distribution.roleTable(PORT, users, table));
        assertTrue(units.body(), units.body().contains("BRG-UH"));
    }
}
