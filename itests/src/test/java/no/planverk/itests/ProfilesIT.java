package no.planverk.itests;

import static no.planverk.itests.Distribution.call;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import no.planverk.itests.Distribution.Answer;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Boots the distribution with Bergen's profile and the demo: exactly Bergen's modules, Bergen's units and plans
 * only, no Alver forecast, bokmål as the first language; a module outside the profile answers 404.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProfilesIT {

    static final int PORT = 18681;
    static final String BOOT = "instance, package, scr, log, ssh, framework, system, eventadmin, feature, shell,"
            + " management, service, jaas, diagnostic, wrap, bundle, config, planverk-bergen, planverk-demo";

    @Inject
    FeaturesService features;

    @Inject
    ConfigurationAdmin configs;

    @Configuration
    public Option[] config() {
        return OptionUtils.combine(Distribution.options(PORT, 500),
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot", BOOT));
    }

    @Test
    public void bergensProfileHasBergensModulesDataAndLanguage() throws Exception {
        long start = System.nanoTime();
        Distribution.awaitHealthy(PORT, 90);
        Answer modules = awaitBody("/api/v1/modules", "\"forecasting\"", 60);
        System.out.printf("| profile bergen | healthy with every module after %.1f s |%n", (System.nanoTime() - start) / 1e9);
        assertEquals(List.of("forecasting", "measures", "plans", "platform").toString(), ids(modules.body(), "\"id\":\"([a-z]+)\"").toString());
        assertFalse(features.isInstalled(features.getFeature("planverk-alver")));

        Answer units = call(PORT, "GET", "/api/v1/units", "lesar", (String) null);
        TreeSet<String> codes = ids(units.body(), "\"code\":\"([A-Z-]+)\"");
        assertTrue(codes.toString(), codes.contains("BRG-UH") && codes.stream().allMatch(c -> c.startsWith("B")));
        Answer plans = awaitBody("/api/v1/plans?q=Et+helt+liv", "\"total\":1", 60);
        assertTrue(plans.body(), plans.body().contains("BRG-UH-2018"));
        assertTrue(call(PORT, "GET", "/api/v1/plans?q=Kommunedelplan+for+helse", "lesar", (String) null).body().contains("\"total\":0"));
        Answer measures = awaitBody("/api/v1/measures?q=ETTU", "\"total\":1", 60);
        assertTrue(measures.body(), measures.body().contains("Forvaltningsenhet"));
        assertTrue(call(PORT, "GET", "/api/v1/measures?q=koordinator+for+frivillig", "lesar", (String) null).body().contains("\"total\":0"));
        assertEquals("[]", call(PORT, "GET", "/api/v1/forecasts/runs", "lesar", (String) null).body());

        assertEquals("nb", configs.getConfiguration("no.planverk.ui", null).getProperties().get("language"));
        assertEquals(404, call(PORT, "GET", "/api/v1/volunteers/organisations", "admin", (String) null).status());
        assertEquals(404, call(PORT, "GET", "/api/v1/competence/units", "admin", (String) null).status());
    }

    private static TreeSet<String> ids(String body, String regex) {
        TreeSet<String> ids = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(body);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static Answer awaitBody(String path, String expected, int seconds) throws Exception {
        long end = System.currentTimeMillis() + seconds * 1000L;
        Answer last = null;
        while (System.currentTimeMillis() < end) {
            last = call(PORT, "GET", path, "planlegg", (String) null);
            if (last.status() == 200 && last.body().contains(expected)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Expected " + expected + " from " + path + " within " + seconds + " s; last: " + last);
    }
}
