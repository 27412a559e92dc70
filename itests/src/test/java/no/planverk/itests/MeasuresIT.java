package no.planverk.itests;

import static no.planverk.itests.Distribution.call;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import no.planverk.itests.Distribution.Answer;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Boots the distribution with measures and demo data but WITHOUT the plans module: measures stand alone
 * (plans and goals in free text), follow-up, the annual report as PDF, XLSX out and in, and the shell.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MeasuresIT {

    static final int PORT = 18481;
    static final String BOOT = "instance, package, scr, log, ssh, framework, system, eventadmin, feature, shell,"
            + " management, service, jaas, diagnostic, wrap, bundle, config, planverk-platform, planverk-measures, planverk-demo";
    static final String UH = "Et helt liv med mening, vekst og utvikling 2018-2028";

    @Inject
    FeaturesService features;

    @Inject
    SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return OptionUtils.combine(Distribution.options(PORT, 300),
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot", BOOT));
    }

    @Test
    public void measuresWorkWithoutThePlansModule() throws Exception {
        Distribution.awaitHealthy(PORT, 90);
        assertFalse(features.isInstalled(features.getFeature("planverk-plans")));
        assertEquals(404, call(PORT, "GET", "/api/v1/plans", "planlegg", (String) null).status());

        Answer demo = awaitBody("/api/v1/measures?q=ETTU", "\"total\":1", 60);
        assertTrue(demo.body(), demo.body().contains("\"planName\":\"" + UH + "\"") && demo.body().contains("\"planId\":null"));
        long id = Long.parseLong(first(demo.body(), "\"id\":(\\d+)"));
        long version = Long.parseLong(first(demo.body(), "\"version\":(\\d+)"));

        String report = "{\"period\":\"2026-T3\",\"status\":\"ongoing\",\"percent\":70,\"light\":\"red\",\"version\":" + version + "}";
        Answer noComment = call(PORT, "POST", "/api/v1/measures/" + id + "/reports", "planlegg", report);
        assertEquals(noComment.body(), 400, noComment.status());
        assertTrue(noComment.body(), noComment.body().contains("\"comment\""));
        assertEquals(403, call(PORT, "POST", "/api/v1/measures/" + id + "/reports", "lesar", report).status());
        Answer reported = call(PORT, "POST", "/api/v1/measures/" + id + "/reports", "planlegg",
                report.replace("\"light\"", "\"comment\":\"Venter på avklaring med KE\",\"light\""));
        assertEquals(reported.body(), 201, reported.status());
        assertTrue(reported.body(), reported.body().contains("\"light\":\"RED\""));
        assertTrue(call(PORT, "GET", "/api/v1/measures/counts", "lesar", (String) null).body().contains("\"RED\":2"));

        Answer pdf = call(PORT, "GET", "/api/v1/measures/report?planName=" + UH.replace(" ", "+").replace(",", "%2C")
                + "&year=2026&format=pdf", "lesar", (String) null);
        assertEquals(pdf.body(), 200, pdf.status());
        assertTrue(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

        Answer xlsx = call(PORT, "GET", "/api/v1/measures/export?format=xlsx&q=ETTU", "lesar", (String) null);
        assertEquals(200, xlsx.status());
        Answer back = call(PORT, "POST", "/api/v1/measures/import?format=xlsx&dryRun=true", "planlegg", xlsx.bytes());
        assertEquals(back.body(), 200, back.status());
        assertTrue(back.body(), back.body().contains("\"updated\":1") && back.body().contains("\"committed\":false"));
        Answer latin1 = call(PORT, "POST", "/api/v1/measures/import?format=csv", "planlegg",
                "plan,number,title\nP,1,Bj\u00f8rn\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, latin1.status());
        assertTrue(latin1.body(), latin1.body().contains("not UTF-8"));

        String list = Distribution.shell(sessions, null, "measures:list --text ETTU");
        assertTrue(list, list.contains("86") && list.contains("1 of 1 measures"));
        Path file = Files.createTempFile("oppfolging", ".pdf");
        String wrote = Distribution.shell(sessions, null, "measures:report --pdf " + file + " '" + UH + "' 2026");
        assertTrue(wrote, wrote.contains("Wrote"));
        assertTrue(Files.size(file) > 1000);
        String printed = Distribution.shell(sessions, null, "measures:report '" + UH + "' 2026");
        assertTrue(printed, printed.contains("Venter på avklaring med KE") && printed.contains("6 measures"));
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(text, m.find());
        return m.group(1);
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
