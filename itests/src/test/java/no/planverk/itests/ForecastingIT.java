package no.planverk.itests;

import static no.planverk.itests.Distribution.call;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Boots the distribution with forecasting and demo data alone (no plans, no measures): the shell's
 * forecast:run on files, the REST run with inline CSV, stored inputs with row errors, the demo run, and roles.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ForecastingIT {

    static final int PORT = 18581;
    static final String BOOT = "planverk-platform, planverk-forecasting, planverk-demo";
    /** The README's worked example. */
    static final String POPULATION = "year,age,population\n2020,0,100\n2020,1,100\n2020,2,100\n2020,3,50\n2020,4,20\n"
            + "2021,0,90\n2021,1,100\n2021,2,100\n2021,3,80\n2021,4,40\n";
    static final String USERS = "service;age_from;age_to;users\nhome;0;2;3\nhome;3;4;14\ncare;0;2;0\ncare;3;3;5\ncare;4;4;10\n";

    @Inject
    FeaturesService features;

    @Inject
    SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return Distribution.options(PORT, 400, BOOT);
    }

    @Test
    public void forecastingWorksAlone() throws Exception {
        Distribution.awaitHealthy(PORT, 90);
        assertFalse(features.isInstalled(features.getFeature("planverk-plans")));
        assertFalse(features.isInstalled(features.getFeature("planverk-measures")));

        Path dir = Files.createTempDirectory("forecast");
        Path population = Files.writeString(dir.resolve("population.csv"), POPULATION);
        Path users = Files.writeString(dir.resolve("users.csv"), USERS);
        String printed = Distribution.shell(sessions, null, "forecast:run --population " + population + " --services " + users
                + " --delay-per-decade 5");
        assertTrue(printed, printed.startsWith("year,service,scenario,users\n"));
        assertTrue(printed, printed.contains("2021,home,normal,26.9\n") && printed.contains("2021,home,delayed,19.3\n")
                && printed.contains("2021,care,normal,28\n"));
        Path out = dir.resolve("out.csv");
        String wrote = Distribution.shell(sessions, null, "forecast:run --scenario delayed --to 2021 --output " + out
                + " --population " + population + " --services " + users);
        assertTrue(wrote, wrote.contains("Wrote") && wrote.contains("4 rows"));
        assertTrue(Files.readString(out).contains("2021,home,delayed,"));
        try {
            Files.writeString(users, "service,age_from,age_to,users\nhome,0,2,-1\n");
            Distribution.shell(sessions, null, "forecast:run --population " + population + " --services " + users);
            fail("a bad file must fail the command");
        } catch (Exception e) {
            assertTrue(String.valueOf(e.getMessage()), String.valueOf(e.getMessage()).contains("line 2"));
        }

        String inline = "{\"population\":" + json(POPULATION) + ",\"serviceUsers\":" + json(USERS)
                + ",\"delayPerYear\":0.5,\"scenarios\":[\"normal\",\"delayed\"]}";
        Answer run = call(PORT, "POST", "/api/v1/forecasts/run", "lesar", inline);
        assertEquals(run.body(), 200, run.status());
        assertTrue(run.body(), run.body().contains("\"users\":26.9") && run.body().contains("\"users\":19.3"));
        Answer runCsv = call(PORT, "POST", "/api/v1/forecasts/run?format=csv", "lesar", inline);
        assertTrue(runCsv.body(), runCsv.body().contains("2021,normal,home,26.9,9.9,58.24"));

        Answer bad = call(PORT, "POST", "/api/v1/forecasts/inputs?kind=population&name=Feil", "planlegg",
                "year,age,population\n2020,0,100\n2020,1,x\n2021,0,100\n");
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.body(), bad.body().contains("\"line\":3") && bad.body().contains("\"column\":\"population\""));
        assertFalse(call(PORT, "GET", "/api/v1/forecasts/inputs", "lesar", (String) null).body().contains("Feil"));

        Answer demo = Distribution.awaitBody(PORT, "planlegg", "/api/v1/forecasts/runs", "Alver 2020", 60);
        long runId = Long.parseLong(Distribution.first(demo.body(), "\"id\":(\\d+)"));
        Answer saved = call(PORT, "GET", "/api/v1/forecasts/runs/" + runId, "lesar", (String) null);
        assertEquals(saved.body(), 200, saved.status());
        assertTrue(saved.body(), saved.body().contains("\"year\":2050") && saved.body().contains("\"centre\":\"Knarvik\""));
        Answer years = call(PORT, "GET", "/api/v1/forecasts/runs/" + runId + "?format=years", "lesar", (String) null);
        assertTrue(years.body(), years.body().startsWith("year,population,coverage_population,dementia_persons")
                && years.body().contains("\n2020,30000,1300,"));
        Answer link = call(PORT, "PUT", "/api/v1/forecasts/runs/" + runId, "planlegg",
                "{\"name\":\"Alver\",\"links\":[{\"kind\":\"goal\",\"targetId\":1}],\"version\":0}");
        assertEquals(link.body(), 400, link.status());
        assertTrue(link.body(), link.body().contains("not installed"));

        String list = Distribution.shell(sessions, null, "forecast:list");
        assertTrue(list, list.contains("Alver: befolkningsframskriving 2020–2050") && list.contains("2020-2050"));

        roleTable();
    }

    private static void roleTable() throws Exception {
        String[] users = {null, "admin", "planlegg", "einingsleiar", "koordinator", "lesar"};
        Object[][] table = {
            // method, path, body (%s = user), expected: anonymous, admin, planner, unit leader, coordinator, reader
            {"GET", "/api/v1/forecasts/inputs", null, new int[] {401, 200, 200, 200, 200, 200}},
            {"GET", "/api/v1/forecasts/runs", null, new int[] {401, 200, 200, 200, 200, 200}},
            {"POST", "/api/v1/forecasts/inputs?kind=costs&name=Kost-%s", "service,fte_per_user,cost_per_user\nheimetenester,0.4,\n",
                new int[] {401, 201, 201, 403, 403, 403}},
            {"POST", "/api/v1/forecasts/runs", "{\"name\":\"Rolle-%s\",\"spec\":{\"populationId\":999,\"serviceUsersId\":999}}",
                new int[] {401, 400, 400, 403, 403, 403}},
            {"DELETE", "/api/v1/forecasts/inputs/999?version=0", null, new int[] {401, 404, 404, 403, 403, 403}},
            {"PUT", "/api/v1/forecasts/inputs/999?version=0&name=Ny", "service,fte_per_user,cost_per_user\nheimetenester,0.4,\n",
                new int[] {401, 404, 404, 403, 403, 403}},
            {"PUT", "/api/v1/forecasts/runs/999", "{\"name\":\"Ny\",\"links\":[],\"version\":0}", new int[] {401, 404, 404, 403, 403, 403}},
            {"DELETE", "/api/v1/forecasts/runs/999?version=0", null, new int[] {401, 404, 404, 403, 403, 403}},
            // fetching from SSB is for admins (off by default, so the admin's call fails after the role check)
            {"POST", "/api/v1/forecasts/inputs/ssb", "{\"table\":\"14288\",\"name\":\"Rolle-%s\"}",
                new int[] {401, Distribution.PASSES, 403, 403, 403, 403}},
            // the activity and mastery staircase (issue 17): a version nobody read, so a writer changes nothing either
            {"PUT", "/api/v1/forecasts/staircase?version=999999", "{\"steps\":[],\"services\":{},\"version\":999999}",
                new int[] {401, Distribution.PASSES, Distribution.PASSES, 403, 403, 403}},
            // a run stores nothing: every role may calculate
            {"POST", "/api/v1/forecasts/run", "{\"populationId\":999,\"serviceUsersId\":999}",
                new int[] {401, Distribution.PASSES, Distribution.PASSES, Distribution.PASSES, Distribution.PASSES, Distribution.PASSES}},
        };
        assertEquals("role table", "", Distribution.roleTable(PORT, users, table));
    }

    /**
     * Issue 17: SSB's projection table 14288 as JSON-stat 2.0 (two regions, two sexes, ages 000…104 and 105+) uploaded
     * through the API, a forecast run on it, and a value compared with one computed by hand: pop(a, y) = 401 + 4a +
     * 2(y − 2024) per sex; home services 0 below 80 and 2004.6 users at 80+ in 2024, where 20 046 people are 80 or
     * older (rate 0.1); in 2025 there are 20 098, so normal = 2 009.8; delayed (k = 0.1) changes only age 80, by
     * −0.01 · pop(80, 2025) = −0.01 · 723, giving 2 002.57.
     */
    @Test
    public void anSsbProjectionIsUploadedAndRunAsComputedByHand() throws Exception {
        Distribution.awaitHealthy(PORT, 90);
        byte[] file;
        // the test runs inside Karaf: the file comes with the test classes (a copy of forecasting core's test file)
        try (java.io.InputStream in = ForecastingIT.class.getResourceAsStream("/ssb/14288-alver-bergen.json")) {
            file = in.readAllBytes();
        }
        Answer choose = call(PORT, "POST", "/api/v1/forecasts/inputs?kind=population&name=SSB+14288", "planlegg", file);
        assertEquals(choose.body(), 400, choose.status());
        assertTrue(choose.body(), choose.body().contains("4601 Bergen") && choose.body().contains("4631 Alver"));

        Answer population = call(PORT, "POST", "/api/v1/forecasts/inputs?kind=population&name=SSB+14288+Alver&region=4631", "planlegg", file);
        assertEquals(population.body(), 201, population.status());
        assertTrue(population.body(), population.body().contains("\"table\":\"14288\"") && population.body().contains("4631 Alver"));
        Answer users = call(PORT, "POST", "/api/v1/forecasts/inputs?kind=service-users&name=SSB+brukarar", "planlegg",
                "service,age_from,age_to,users\nheimetenester,0,79,0\nheimetenester,80,120,2004.6\n");
        assertEquals(users.body(), 201, users.status());
        String spec = "{\"populationId\":" + Distribution.first(population.body(), "\"id\":(\\d+)") + ",\"serviceUsersId\":"
                + Distribution.first(users.body(), "\"id\":(\\d+)") + "}";
        Answer run = call(PORT, "POST", "/api/v1/forecasts/run?format=csv", "planlegg", spec);
        assertEquals(run.body(), 200, run.status());
        assertEquals(2009.8, value(run.body(), "2025,normal,heimetenester,"), 1e-6);
        assertEquals(2002.57, value(run.body(), "2025,delayed,heimetenester,"), 1e-6);
    }

    /** The users column of the CSV line that starts with {@code prefix}. */
    private static double value(String csv, String prefix) {
        for (String line : csv.split("\r?\n")) {
            if (line.startsWith(prefix)) {
                return Double.parseDouble(line.substring(prefix.length()).split(",")[0]);
            }
        }
        throw new AssertionError("no line " + prefix + " in " + csv);
    }

    private static String json(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }
}
