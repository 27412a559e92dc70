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
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Boots the distribution with Bergen's profile and the demo: exactly Bergen's modules, Bergen's units, plans and
 * register only, no Alver forecast, bokmål as the first language; a module outside the profile answers 404; an admin
 * uninstalls a module of the profile at runtime and installs it again (its data is back).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProfilesIT {

    static final int PORT = 18681;
    static final String BOOT = "planverk-bergen, planverk-demo";

    @Inject
    FeaturesService features;

    @Inject
    ConfigurationAdmin configs;

    @Configuration
    public Option[] config() {
        return Distribution.options(PORT, 500, BOOT);
    }

    @Test
    public void bergensProfileHasBergensModulesDataAndLanguage() throws Exception {
        long start = System.nanoTime();
        Distribution.awaitHealthy(PORT, 90);
        List<String> expected = List.of("competence", "forecasting", "measures", "plans", "platform", "portal");
        String modules = Distribution.awaitModules(PORT, expected, 60);
        System.out.printf("| profile bergen | healthy with every module after %.1f s |%n", (System.nanoTime() - start) / 1e9);
        assertEquals(expected.toString(), modules);
        assertFalse(features.isInstalled(features.getFeature("planverk-alver")));

        // readiness waits for the demo's bundles too, so the demo units are there once it is UP
        Distribution.awaitStatus(PORT, null, 200, "/api/v1/health/ready", 90);
        Answer units = call(PORT, "GET", "/api/v1/units", "lesar", (String) null);
        TreeSet<String> codes = Distribution.all(units.body(), "\"code\":\"([A-Z-]+)\"");
        if (!codes.contains("BRG-UH") || !codes.stream().allMatch(c -> c.startsWith("B"))) {
            fail(units.body() + Distribution.logProblems()); // the log is read only when it failed
        }
        Answer plans = Distribution.awaitBody(PORT, "planlegg", "/api/v1/plans?q=Et+helt+liv", "\"total\":1", 60);
        assertTrue(plans.body(), plans.body().contains("BRG-UH-2018"));
        assertTrue(call(PORT, "GET", "/api/v1/plans?q=Kommunedelplan+for+helse", "lesar", (String) null).body().contains("\"total\":0"));
        Answer measures = Distribution.awaitBody(PORT, "planlegg", "/api/v1/measures?q=ETTU", "\"total\":1", 60);
        assertTrue(measures.body(), measures.body().contains("Forvaltningsenhet"));
        assertTrue(call(PORT, "GET", "/api/v1/measures?q=koordinator+for+frivillig", "lesar", (String) null).body().contains("\"total\":0"));
        assertEquals("[]", call(PORT, "GET", "/api/v1/forecasts/runs", "lesar", (String) null).body());
        Answer competence = Distribution.awaitBody(PORT, "planlegg", "/api/v1/competence/units", "BRG-UH", 60);
        assertFalse("no Alver register in Bergen's profile: " + competence.body(), competence.body().contains("ALV-"));

        assertEquals("nb", configs.getConfiguration("no.planverk.ui", null).getProperties().get("language"));
        assertEquals(404, call(PORT, "GET", "/api/v1/volunteers/organisations", "admin", (String) null).status());

        Answer available = call(PORT, "GET", "/api/v1/modules/features", "lesar", (String) null);
        assertTrue(available.body(), available.body().contains("{\"name\":\"planverk-volunteers\",")
                && available.body().contains("\"installed\":false") && available.body().contains("planverk-measures"));
        assertEquals(403, call(PORT, "POST", "/api/v1/modules/features/planverk-measures/uninstall", "planlegg", (String) null).status());

        // a module that came with the profile goes alone, without a restart, and its data is back when it returns
        long start2 = System.nanoTime();
        Answer gone = call(PORT, "POST", "/api/v1/modules/features/planverk-measures/uninstall", "admin", (String) null);
        assertEquals(gone.body(), 200, gone.status());
        Distribution.awaitStatus(PORT, "planlegg", 404, "/api/v1/measures?limit=1", 60);
        System.out.printf("| profile bergen | uninstall of planverk-measures to its API gone | %.1f s |%n", (System.nanoTime() - start2) / 1e9);
        assertEquals(200, call(PORT, "GET", "/api/v1/plans?limit=1", "lesar", (String) null).status());
        assertEquals(200, call(PORT, "GET", "/api/v1/forecasts/runs", "lesar", (String) null).status());
        start2 = System.nanoTime();
        Answer back = call(PORT, "POST", "/api/v1/modules/features/planverk-measures/install", "admin", (String) null);
        assertEquals(back.body(), 200, back.status());
        Distribution.awaitBody(PORT, "planlegg", "/api/v1/measures?q=ETTU", "\"total\":1", 90);
        System.out.printf("| profile bergen | install of planverk-measures to its data answering | %.1f s |%n", (System.nanoTime() - start2) / 1e9);
        Answer audit = call(PORT, "GET", "/api/v1/audit?limit=5", "admin", (String) null);
        assertTrue(audit.body(), audit.body().contains("planverk-measures"));
    }
}
