package no.planverk.itests;

import static no.planverk.itests.Distribution.call;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.TreeSet;
import javax.inject.Inject;
import no.planverk.itests.Distribution.Answer;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

/** Boots Alver's profile with the demo: every module, Alver's units and data only, nynorsk as the first language. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AlverProfileIT {

    static final int PORT = 19081;
    static final String BOOT = "planverk-alver, planverk-demo";

    @Inject
    ConfigurationAdmin configs;

    @Configuration
    public Option[] config() {
        return Distribution.options(PORT, 800, BOOT);
    }

    @Test
    public void alversProfileHasEveryModuleAndOnlyAlversData() throws Exception {
        long start = System.nanoTime();
        Distribution.awaitHealthy(PORT, 90);
        List<String> expected = List.of("competence", "consultation", "forecasting", "measures", "plans", "platform", "portal", "volunteers");
        String modules = Distribution.awaitModules(PORT, expected, 60);
        System.out.printf("| profile alver | healthy with every module after %.1f s |%n", (System.nanoTime() - start) / 1e9);
        assertEquals(expected.toString(), modules);

        // readiness waits for the demo's bundles too, so the demo units are there once it is UP
        Distribution.awaitStatus(PORT, null, 200, "/api/v1/health/ready", 90);
        Answer units = call(PORT, "GET", "/api/v1/units", "lesar", (String) null);
        TreeSet<String> codes = Distribution.all(units.body(), "\"code\":\"([A-Z-]+)\"");
        if (!codes.contains("ALV-HO") || !codes.stream().allMatch(c -> c.startsWith("ALV"))) {
            fail(units.body() + Distribution.logProblems()); // the log is read only when it failed
        }
        Distribution.awaitBody(PORT, "planlegg", "/api/v1/plans?q=Kommunedelplan+for+helse", "\"total\":1", 60);
        assertTrue(call(PORT, "GET", "/api/v1/plans?q=Et+helt+liv", "lesar", (String) null).body().contains("\"total\":0"));
        Distribution.awaitBody(PORT, "planlegg", "/api/v1/forecasts/runs", "Alver 2020", 60);
        Distribution.awaitBody(PORT, "koordinator", "/api/v1/volunteers/volunteers", "Test Testesen", 60);
        // with the measures module: Helse og omsorg's assignments serve 3.3.1.1-b, the coordinator post, and carry its hours
        Answer post = Distribution.awaitBody(PORT, "planlegg", "/api/v1/measures?q=3.3.1.1-b", "\"number\":\"3.3.1.1-b\"", 60);
        long postId = Long.parseLong(Distribution.first(post.body(), "\\{\"id\":(\\d+),[^{}]*?\"number\":\"3.3.1.1-b\""));
        Distribution.awaitBody(PORT, "lesar", "/api/v1/volunteers/assignments", "\"measureId\":" + postId, 60);
        Answer effort = call(PORT, "GET", "/api/v1/volunteers/report?from="
                + java.time.LocalDate.now().minusDays(60) + "&to=" + java.time.LocalDate.now() + "&measure=" + postId, "lesar",
                (String) null);
        assertEquals(effort.body(), 200, effort.status());
        assertFalse("hours on the post's assignments: " + effort.body(), effort.body().contains("\"entries\":0,"));
        Answer register = Distribution.awaitBody(PORT, "planlegg", "/api/v1/competence/units", "ALV-HO", 60);
        assertTrue("no Bergen register in Alver's profile", !register.body().contains("BRG-"));
        assertEquals("nn", configs.getConfiguration("no.planverk.ui", null).getProperties().get("language"));

        // the export of all data: every module's part, personal data included, for admins only
        Answer export = call(PORT, "GET", "/api/v1/admin/export", "admin", (String) null);
        assertEquals(export.body(), 200, export.status());
        assertEquals("[competence, consultation, forecasting, measures, plans, platform, volunteers]",
                Distribution.all(Distribution.first(export.body(), "(?s)\"modules\" : \\{(.*)"), "(?m)^    \"([a-z]+)\" : \\{").toString());
        assertTrue("the volunteers' profiles are in it", export.body().contains("Test Testesen"));
        assertTrue("the measures are in it", export.body().contains("\"3.3.1.1-b\""));
        assertTrue("the forecast runs are in it", export.body().contains("Alver 2020"));
        assertEquals(403, call(PORT, "GET", "/api/v1/admin/export", "planlegg", (String) null).status());
        Answer backup = call(PORT, "POST", "/api/v1/admin/backup", "admin", (String) null);
        assertEquals(backup.body(), 201, backup.status());
        assertTrue(backup.body(), new java.io.File(Distribution.first(backup.body(), "\"folder\":\"([^\"]+)\""), "planverk").isDirectory());
        assertEquals(403, call(PORT, "POST", "/api/v1/admin/backup", "koordinator", (String) null).status());
    }
}
