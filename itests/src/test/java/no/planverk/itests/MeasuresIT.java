package no.planverk.itests;

import static no.planverk.itests.Distribution.call;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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
 * Boots the distribution with measures and demo data but WITHOUT the plans module: measures stand alone
 * (plans and goals in free text), follow-up, the annual report as PDF, XLSX out and in, and the shell.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MeasuresIT {

    static final int PORT = 18481;
    static final String BOOT = "planverk-platform, planverk-measures, planverk-demo";
    static final String UH = "Et helt liv med mening, vekst og utvikling 2018-2028";

    @Inject
    FeaturesService features;

    @Inject
    SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return Distribution.options(PORT, 300, BOOT);
    }

    @Test
    public void measuresWorkWithoutThePlansModule() throws Exception {
        Distribution.awaitHealthy(PORT, 90);
        assertFalse(features.isInstalled(features.getFeature("planverk-plans")));
        assertEquals(404, call(PORT, "GET", "/api/v1/plans", "planlegg", (String) null).status());

        Answer demo = Distribution.awaitBody(PORT, "planlegg", "/api/v1/measures?q=ETTU", "\"total\":1", 60);
        assertTrue(demo.body(), demo.body().contains("\"planName\":\"" + UH + "\"") && demo.body().contains("\"planId\":null"));
        long id = Long.parseLong(Distribution.first(demo.body(), "\"id\":(\\d+)"));
        long version = Long.parseLong(Distribution.first(demo.body(), "\"version\":(\\d+)"));

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

        roleTable(id);
    }

    /** Each role against each measures endpoint: the status it must get. {@code id} is Bergen's measure 86 (unit BRG-UH). */
    private static void roleTable(long id) throws Exception {
        String[] users = {null, "admin", "planlegg", "einingsleiar", "koordinator", "lesar"};
        String own = "plan,number,title,units\nRolleplan,R-%s,Rolleprøve,ALV-HO-HEIM\n";
        String other = "plan,number,title,units\nRolleplan,X-%s,Andre si eining,BRG-UH\n";
        String change = "{\"planName\":\"Rolleplan\",\"number\":\"E-%s\",\"title\":\"Endra\",\"unitIds\":[],\"version\":0}";
        int p = Distribution.PASSES;
        int any = Distribution.ANY;
        int data = Distribution.REFUSED_BY_DATA;
        Object[][] table = {
            // method, path, body (%s = user), expected: anonymous, admin, planner, unit leader (ALV-HO), coordinator, reader
            {"GET", "/api/v1/measures?limit=1", null, new int[] {401, 200, 200, 200, 200, 200}},
            {"GET", "/api/v1/measures/" + id, null, new int[] {401, 200, 200, 200, 200, 200}},
            {"GET", "/api/v1/measures/counts", null, new int[] {401, 200, 200, 200, 200, 200}},
            {"GET", "/api/v1/measures/missing", null, new int[] {401, 200, 200, 200, 200, 200}},
            {"GET", "/api/v1/measures/export?format=csv", null, new int[] {401, 200, 200, 200, 200, 200}},
            {"POST", "/api/v1/measures/import?format=csv&dryRun=true", own, new int[] {401, 200, 200, 200, 403, 403}},
            {"POST", "/api/v1/measures/import?format=csv&dryRun=true", other, new int[] {401, 200, 200, 400, 403, 403}},
            // a unit leader may create measures, but only for the unit's own units (none here)
            {"POST", "/api/v1/measures", "{\"planName\":\"Rolleplan\",\"number\":\"P-%s\",\"title\":\"Prøve\",\"unitIds\":[]}",
                new int[] {401, 201, 201, data, 403, 403}},
            {"POST", "/api/v1/measures/reminders", "{\"measureIds\":[" + id + "],\"period\":\"2026-T3\"}",
                new int[] {401, 201, 201, 403, 403, 403}},
            // a unit leader reports on the unit's own measures; 86 is Bergen's
            {"POST", "/api/v1/measures/" + id + "/reports", "{\"period\":\"2026-T3\",\"status\":\"ongoing\",\"light\":\"green\",\"version\":0}",
                new int[] {401, 409, 409, data, 403, 403}},
            {"POST", "/api/v1/measures/roll-forward", "{\"fromPlanName\":\"Rolleplan\",\"toPlanName\":\"Rolleplan 2\",\"fromYear\":2027,\"toYear\":2030}",
                new int[] {401, 200, 200, 403, 403, 403}},
            {"PUT", "/api/v1/measures/999999", change, new int[] {401, p, p, any, 403, 403}},
            {"DELETE", "/api/v1/measures/999999?version=0", null, new int[] {401, p, p, any, 403, 403}},
        };
        assertEquals("role table", "", Distribution.roleTable(PORT, users, table));
    }
}
