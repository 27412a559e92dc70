package no.planverk.itests;

import static no.planverk.itests.Distribution.HTTP_PORT;
import static no.planverk.itests.Distribution.call;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import no.planverk.itests.Distribution.Answer;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** Boots the real distribution and checks the platform from inside and over HTTP. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT {

    @Inject
    BundleContext context;

    @Inject
    FeaturesService features;

    @Inject
    SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return Distribution.options(HTTP_PORT, 0);
    }

    @Test
    public void platformFeaturesAreInstalledAndBundlesActive() throws Exception {
        Distribution.awaitHealthy(HTTP_PORT, 90);
        awaitAllActive(60); // the boot features start their bundles one after another
        assertTrue(features.isInstalled(features.getFeature("planverk-platform")));
        assertTrue(features.isInstalled(features.getFeature("planverk-demo")));
        Set<String> planverk = new TreeSet<>();
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if (name != null && name.startsWith("no.planverk.")) {
                planverk.add(name);
                assertEquals(name + " is active", Bundle.ACTIVE, b.getState());
            }
        }
        assertTrue("installed: " + planverk, planverk.containsAll(List.of("no.planverk.platform.api",
                "no.planverk.platform.persistence", "no.planverk.platform.security", "no.planverk.platform.core",
                "no.planverk.platform.demo", "no.planverk.ui")));
    }

    private void awaitAllActive(int seconds) throws InterruptedException {
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < end && java.util.Arrays.stream(context.getBundles())
                .anyMatch(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("no.planverk.") && b.getState() != Bundle.ACTIVE)) {
            Thread.sleep(250);
        }
    }

    @Test
    public void healthAnswersWithoutLogin() throws Exception {
        Answer health = Distribution.awaitHealthy(HTTP_PORT, 60);
        assertEquals(health.body(), 200, health.status());
        assertTrue(health.body(), health.body().contains("\"status\":\"UP\""));
        assertTrue(health.body(), health.body().contains("Apache Derby"));
    }

    @Test
    public void apiNeedsLoginAndRoles() throws Exception {
        Distribution.awaitHealthy(HTTP_PORT, 60);
        Answer anonymous = call(HTTP_PORT, "GET", "/api/v1/modules", null, (String) null);
        assertEquals(401, anonymous.status());
        assertNotNull("WWW-Authenticate header", anonymous.authenticate());
        assertTrue(anonymous.body().contains("\"message\""));
        assertEquals(401, call(HTTP_PORT, "GET", "/api/v1/me", "nobody", (String) null).status());
        Answer wrong = call(HTTP_PORT, "GET", "/api/v1/modules", "admin:wrong-password", (String) null);
        assertEquals(wrong.body(), 401, wrong.status());
        assertNotNull("WWW-Authenticate header on a wrong password", wrong.authenticate());
        Answer me = call(HTTP_PORT, "GET", "/api/v1/me", "admin", (String) null);
        assertEquals(me.body(), 200, me.status());
        assertTrue(me.body(), me.body().contains("\"username\":\"admin\""));

        Answer modules = call(HTTP_PORT, "GET", "/api/v1/modules", "admin", (String) null);
        assertEquals(modules.body(), 200, modules.status());
        assertTrue(modules.body(), modules.body().contains("\"id\":\"platform\""));
        assertStatus(403, call(HTTP_PORT, "GET", "/api/v1/audit", "lesar", (String) null));
        Answer audit = assertStatus(200, call(HTTP_PORT, "GET", "/api/v1/audit", "admin", (String) null));
        assertTrue(audit.body(), audit.body().contains("\"entries\""));
        assertStatus(404, call(HTTP_PORT, "GET", "/api/v1/nosuch", "admin", (String) null));
        String units = "";
        for (int i = 0; i < 60 && !units.contains("\"code\":\"ALV-HO\""); i++) {
            Thread.sleep(500); // the demo data loads just after the platform is up
            units = call(HTTP_PORT, "GET", "/api/v1/units", "lesar", (String) null).body();
        }
        for (String code : List.of("ALVER", "ALV-HO", "BERGEN", "BRG-BEHO")) {
            assertTrue(code + " in " + units, units.contains("\"code\":\"" + code + "\""));
        }
    }

    @Test
    public void unitsAreCreatedValidatedAndProtectedAgainstLostUpdates() throws Exception {
        Distribution.awaitHealthy(HTTP_PORT, 60);
        assertStatus(403, call(HTTP_PORT, "POST", "/api/v1/units", "lesar", "{\"code\":\"IT-R\",\"name\":\"R\"}"));
        Answer bad = call(HTTP_PORT, "POST", "/api/v1/units", "admin", "{\"code\": ");
        assertEquals(bad.body(), 400, bad.status());
        Answer created = call(HTTP_PORT, "POST", "/api/v1/units", "admin", "{\"code\":\"IT-1\",\"name\":\"Itest\",\"parentId\":null}");
        assertEquals(created.body(), 201, created.status());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertTrue(id.find());
        String path = "/api/v1/units/" + id.group(1);
        Answer first = call(HTTP_PORT, "PUT", path, "admin", "{\"code\":\"IT-1\",\"name\":\"First\",\"parentId\":null,\"version\":1}");
        assertEquals(first.body(), 200, first.status());
        Answer stale = call(HTTP_PORT, "PUT", path, "admin", "{\"code\":\"IT-1\",\"name\":\"Second\",\"parentId\":null,\"version\":1}");
        assertEquals(stale.body(), 409, stale.status());
        Answer now = assertStatus(200, call(HTTP_PORT, "GET", path, "admin", (String) null));
        assertTrue(now.body(), now.body().contains("\"name\":\"First\""));
        assertTrue(call(HTTP_PORT, "GET", "/api/v1/audit?type=OrgUnit&actor=admin", "admin", (String) null).body()
                .contains("\"action\":\"update\""));
    }

    /** Platform writes are for admins: everyone else gets 403 whatever the body, before it is read. */
    @Test
    public void platformWritesAreForAdmins() throws Exception {
        Distribution.awaitHealthy(HTTP_PORT, 60);
        String[] users = {null, "admin", "planlegg", "einingsleiar", "koordinator", "lesar"};
        int p = Distribution.PASSES;
        Object[][] table = {
            // method, path, body (%s = user), expected: anonymous, admin, planner, unit leader, coordinator, reader
            {"POST", "/api/v1/units", "{\"code\":\"RT-%s\",\"name\":\"Rolleprøve\"}", new int[] {401, 201, 403, 403, 403, 403}},
            {"PUT", "/api/v1/units/999999", "{\"code\":\"RT\",\"name\":\"Rolleprøve\",\"version\":0}", new int[] {401, p, 403, 403, 403, 403}},
            {"DELETE", "/api/v1/units/999999?version=0", null, new int[] {401, p, 403, 403, 403, 403}},
            {"POST", "/api/v1/modules/features/planverk-nosuch/install", null, new int[] {401, p, 403, 403, 403, 403}},
            {"POST", "/api/v1/modules/features/planverk-nosuch/uninstall", null, new int[] {401, p, 403, 403, 403, 403}},
            {"POST", "/api/v1/admin/backup", null, new int[] {401, p, 403, 403, 403, 403}},
        };
        assertEquals("role table", "", Distribution.roleTable(HTTP_PORT, users, table));
    }

    @Test
    public void shellListsTheModules() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessions.create(System.in, print, print);
        session.execute("planverk:modules");
        session.close();
        assertTrue(out.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8).contains("platform"));
    }

    @Test
    public void adminsTakeAnOnlineBackupFromTheShell() throws Exception {
        Distribution.awaitHealthy(HTTP_PORT, 60);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("planverk-backup");
        javax.security.auth.Subject admin = new javax.security.auth.Subject();
        admin.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.UserPrincipal("admin"));
        admin.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.RolePrincipal("admin"));
        String out = Distribution.shell(sessions, admin, "planverk:backup " + dir);
        assertTrue(out, out.contains("Backup written to"));
        try (java.util.stream.Stream<java.nio.file.Path> made = java.nio.file.Files.list(dir)) {
            java.nio.file.Path backup = made.findFirst().orElseThrow();
            assertTrue(backup + " holds a Derby database", java.nio.file.Files.exists(backup.resolve("planverk/service.properties")));
        }
        javax.security.auth.Subject reader = new javax.security.auth.Subject();
        reader.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.UserPrincipal("lesar"));
        reader.getPrincipals().add(new org.apache.karaf.jaas.boot.principal.RolePrincipal("reader"));
        try {
            Distribution.shell(sessions, reader, "planverk:backup " + dir);
            org.junit.Assert.fail("a reader may not take a backup");
        } catch (Exception refused) {
            assertTrue(refused.toString(), refused.toString().contains("lacks the role 'admin'"));
        }
    }

    private static Answer assertStatus(int expected, Answer answer) {
        assertEquals("status (body: " + answer.body() + ")", expected, answer.status());
        return answer;
    }
}
