package no.planverk.itests;

import static no.planverk.itests.Distribution.call;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import javax.inject.Inject;
import javax.security.auth.Subject;
import no.planverk.itests.Distribution.Answer;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Boots the distribution WITHOUT the plans module, installs {@code planverk-plans} at runtime, imports a
 * file through the API and uses the shell commands; then uninstalls and reinstalls it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlansIT {

    static final int PORT = 18381;
    static final String BOOT_WITHOUT_PLANS = "planverk-platform, planverk-demo";
    static final String CSV = """
            code;type;title;unit;period_from;period_to;status;parent
            IT-KDP;kommunedelplan;Kommunedelplan for helse, sosial og omsorg (itest);ALV-HO;2021;2033;preparation;
            IT-DEMENS;handlingsplan;Heilskapleg demensomsorg (itest);ALV-HO-HEIM;2023;2026;in-force;IT-KDP
            """;

    @Inject
    FeaturesService features;

    @Inject
    SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return Distribution.options(PORT, 200, BOOT_WITHOUT_PLANS);
    }

    @Test
    public void plansModuleComesAndGoesAtRuntimeAndImportsThroughTheApi() throws Exception {
        Distribution.awaitHealthy(PORT, 90);
        assertFalse(features.isInstalled(features.getFeature("planverk-plans")));
        assertEquals(404, call(PORT, "GET", "/api/v1/plans", "planlegg", (String) null).status());
        assertFalse(call(PORT, "GET", "/api/v1/modules", "planlegg", (String) null).body().contains("\"plans\""));

        features.installFeature("planverk-plans", EnumSet.noneOf(FeaturesService.Option.class));
        Answer list = Distribution.awaitStatus(PORT, "planlegg", 200, "/api/v1/plans?limit=1", 90);
        assertTrue(list.body(), list.body().contains("\"total\""));
        assertTrue(call(PORT, "GET", "/api/v1/modules", "lesar", (String) null).body().contains("\"plans\""));

        Answer bad = Distribution.call(PORT, "POST", "/api/v1/plans/import?kind=plans&format=csv", "planlegg",
                CSV.replace("handlingsplan", "roadmap"));
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.body(), bad.body().contains("\"line\":3,\"column\":\"type\""));
        assertTrue(call(PORT, "GET", "/api/v1/plans?q=itest", "lesar", (String) null).body().contains("\"total\":0"));

        assertEquals(403, call(PORT, "POST", "/api/v1/plans/import?kind=plans&format=csv", "lesar", CSV).status());
        Answer ok = call(PORT, "POST", "/api/v1/plans/import?kind=plans&format=csv", "planlegg", CSV);
        assertEquals(ok.body(), 200, ok.status());
        assertTrue(ok.body(), ok.body().contains("\"plansCreated\":2") && ok.body().contains("\"committed\":true"));
        Answer found = call(PORT, "GET", "/api/v1/plans?q=itest&sort=code", "lesar", (String) null);
        assertTrue(found.body(), found.body().contains("\"total\":2") && found.body().contains("IT-DEMENS"));
        assertTrue(call(PORT, "GET", "/api/v1/plans/export?format=json", "lesar", (String) null).body().contains("\"parent\" : \"IT-KDP\""));

        String shellList = shell(null, "plans:list --text itest");
        assertTrue(shellList, shellList.contains("IT-KDP") && shellList.contains("2 of 2 plans"));
        Path export = Files.createTempFile("plans", ".csv");
        shell(null, "plans:export " + export);
        assertTrue(Files.readString(export).contains("IT-DEMENS,handlingsplan"));
        Files.writeString(export, Files.readString(export).replace("(itest)", "(itest; shell)"));
        String imported = shell(planner(), "plans:import " + export);
        assertTrue(imported, imported.contains("Imported"));
        assertTrue(call(PORT, "GET", "/api/v1/plans?q=itest%3B+shell", "lesar", (String) null).body().contains("\"total\":2"));

        roleTable();

        features.uninstallFeature("planverk-plans", EnumSet.noneOf(FeaturesService.Option.class));
        Distribution.awaitStatus(PORT, "planlegg", 404, "/api/v1/plans", 60);
        features.installFeature("planverk-plans", EnumSet.noneOf(FeaturesService.Option.class));
        Answer back = Distribution.awaitStatus(PORT, "planlegg", 200, "/api/v1/plans?q=itest", 90);
        assertTrue("data survives an uninstall: " + back.body(), back.body().contains("\"total\":2"));
    }

    /** Each role against each plans endpoint: the status it must get. */
    private static void roleTable() throws Exception {
        String[] users = {null, "admin", "planlegg", "einingsleiar", "koordinator", "lesar"};
        String own = "code;type;title;unit\nROLE-%s;temaplan;Rolleprøve;ALV-HO-HEIM\n";
        String plan = "{\"code\":\"RP-%s\",\"type\":\"temaplan\",\"title\":\"Rolleprøve\",\"version\":0}";
        String goal = "{\"level\":\"goal\",\"code\":\"9\",\"text\":\"Rollemål\",\"version\":0}";
        String indicator = "{\"name\":\"Rolleindikator\",\"unit\":\"prosent\",\"baselineYear\":2020,\"baselineValue\":1,"
                + "\"targetYear\":2030,\"targetValue\":2,\"version\":0}";
        String section = "{\"heading\":\"Rolleprøve\",\"markdown\":\"Tekst\",\"version\":0}";
        int p = Distribution.PASSES;
        int any = Distribution.ANY;
        int data = Distribution.REFUSED_BY_DATA;
        Object[][] table = {
            // method, path, body (%s = user), expected: anonymous, admin, planner, unit-leader, coordinator, reader
            {"GET", "/api/v1/plans?limit=1", null, new int[] {401, 200, 200, 200, 200, 200}},
            {"GET", "/api/v1/plans/attention", null, new int[] {401, 200, 200, 200, 200, 200}},
            {"GET", "/api/v1/plans/export?format=json", null, new int[] {401, 200, 200, 200, 200, 200}},
            {"GET", "/api/v1/plans/goals?q=mål", null, new int[] {401, 200, 200, 200, 200, 200}},
            // a unit leader may create plans of the unit's own units, not one without a unit
            {"POST", "/api/v1/plans", "{\"code\":\"R-%s\",\"type\":\"temaplan\",\"title\":\"Utan eining\"}",
                new int[] {401, 201, 201, data, 403, 403}},
            {"POST", "/api/v1/plans/import?kind=plans&format=csv&dryRun=true", own, new int[] {401, 200, 200, 200, 403, 403}},
            {"POST", "/api/v1/plans/import?kind=plans&format=csv", own, new int[] {401, 200, 200, 200, 403, 403}},
            // every other write, on a plan or goal that does not exist: only who may write gets past the role check
            {"PUT", "/api/v1/plans/999999", plan, new int[] {401, p, p, any, 403, 403}},
            {"DELETE", "/api/v1/plans/999999?version=0", null, new int[] {401, p, p, any, 403, 403}},
            {"POST", "/api/v1/plans/999999/status", "{\"to\":\"ADOPTED\",\"version\":0}", new int[] {401, p, p, any, 403, 403}},
            {"POST", "/api/v1/plans/999999/goals", goal, new int[] {401, p, p, any, 403, 403}},
            {"PUT", "/api/v1/plans/goals/999999", goal, new int[] {401, 404, 404, 404, 403, 403}},
            {"DELETE", "/api/v1/plans/goals/999999?version=0", null, new int[] {401, 404, 404, 404, 403, 403}},
            // indicators and plan documents (issues 17 and 19), on a goal, indicator or plan that does not exist
            {"POST", "/api/v1/plans/goals/999999/indicators", indicator, new int[] {401, p, p, any, 403, 403}},
            {"PUT", "/api/v1/plans/indicators/999999", indicator, new int[] {401, p, p, any, 403, 403}},
            {"DELETE", "/api/v1/plans/indicators/999999?version=0", null, new int[] {401, p, p, any, 403, 403}},
            {"PUT", "/api/v1/plans/indicators/999999/actuals/2024", "{\"value\":1.5,\"version\":0}", new int[] {401, p, p, any, 403, 403}},
            {"DELETE", "/api/v1/plans/indicators/999999/actuals/2024?version=0", null, new int[] {401, p, p, any, 403, 403}},
            {"POST", "/api/v1/plans/indicators/999999/actuals/import?version=0", "\"år\";\"statistikkvariabel\";\"region\"\n",
                new int[] {401, p, p, any, 403, 403}},
            {"POST", "/api/v1/plans/999999/document/sections", section, new int[] {401, p, p, any, 403, 403}},
            {"PUT", "/api/v1/plans/999999/document/sections/999999", section, new int[] {401, p, p, any, 403, 403}},
            {"DELETE", "/api/v1/plans/999999/document/sections/999999?version=0", null, new int[] {401, p, p, any, 403, 403}},
            {"POST", "/api/v1/plans/999999/document/sections/999999/move", "{\"position\":1,\"version\":0}",
                new int[] {401, p, p, any, 403, 403}},
            {"POST", "/api/v1/plans/999999/document/sections/999999/comments", "{\"text\":\"Rolleprøve\"}",
                new int[] {401, p, p, any, 403, 403}},
            {"POST", "/api/v1/plans/999999/document/comments/999999/resolve", "{}", new int[] {401, p, p, any, 403, 403}},
            {"POST", "/api/v1/plans/999999/document/comments/999999/reopen", "{}", new int[] {401, p, p, any, 403, 403}},
            {"POST", "/api/v1/plans/999999/document/revisions/999999/freeze", "{\"purpose\":\"consultation\"}",
                new int[] {401, p, p, any, 403, 403}},
        };
        assertEquals("role table", "", Distribution.roleTable(PORT, users, table));
    }

    private static Subject planner() {
        Subject s = new Subject();
        s.getPrincipals().add(new UserPrincipal("planlegg"));
        s.getPrincipals().add(new RolePrincipal("planner"));
        return s;
    }

    private String shell(Subject as, String command) throws Exception {
        return Distribution.shell(sessions, as, command);
    }
}
