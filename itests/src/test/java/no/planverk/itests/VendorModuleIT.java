package no.planverk.itests;

import static no.planverk.itests.Distribution.call;
import static no.planverk.itests.Distribution.first;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.inject.Inject;
import javax.security.auth.Subject;
import no.planverk.itests.Distribution.Answer;
import org.apache.karaf.features.Feature;
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
 * A third-party module built outside this reactor (examples/bustad, built into the local repository by the invoker in
 * itests/pom.xml) is added to a running distribution the way an administrator does it: feature:repo-add and
 * feature:install in the Karaf shell. It then is on /api/v1/modules, its endpoint stores and returns a position, its shell
 * command lists it, its view answers at /bustad with its menu entry; after feature:uninstall its endpoint and route are
 * gone, and after a new install its data is back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VendorModuleIT {

    /** 19181 belongs to a bench script; this container uses 19381 and SSH/RMI moved by 1100. */
    static final int PORT = 19381;
    static final String BOOT = "planverk-all, planverk-demo";
    static final String REPOSITORY = "mvn:no.example.bustad/bustad-features/1.0.0/xml/features";

    @Inject
    FeaturesService features;

    @Inject
    SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return Distribution.options(PORT, 1100, BOOT);
    }

    @Test
    public void aVendorsModuleIsAddedUsedAndRemovedAtRuntime() throws Exception {
        long start = System.nanoTime();
        Distribution.awaitHealthy(PORT, 120);
        // the API answers before the UI bundle has registered Vaadin's servlet: wait for the login page too
        Distribution.awaitStatus(PORT, null, 200, "/login", 90);
        Distribution.awaitBody(PORT, "lesar", "/api/v1/modules", "\"competence\"", 90);
        System.out.printf("| vendor module | planverk-all healthy with every module after %.1f s |%n", (System.nanoTime() - start) / 1e9);

        // before: no such module, endpoint or route
        assertFalse(call(PORT, "GET", "/api/v1/modules", "lesar", (String) null).body().contains("\"bustad\""));
        assertEquals(404, call(PORT, "GET", "/api/v1/bustad/summary", "lesar", (String) null).status());
        assertTrue("no view at /bustad yet", new Browser(PORT, "bustad").navigate("bustad").contains("planverk-not-found"));

        // an administrator adds the vendor's feature repository and installs the feature in the Karaf shell
        start = System.nanoTime();
        Distribution.shell(sessions, admin(), "feature:repo-add " + REPOSITORY);
        Feature bustad = features.getFeature("bustad");
        assertTrue("feature bustad from " + REPOSITORY, bustad != null && bustad.getVersion().equals("1.0.0"));
        assertTrue(bustad.getCapabilities().toString(), bustad.getCapabilities().stream()
                .anyMatch(c -> c.getValue().contains("planverk.module") && c.getValue().contains("name=bustad")));
        Distribution.shell(sessions, admin(), "feature:install bustad");
        assertTrue(features.isInstalled(bustad));
        Answer modules = Distribution.awaitBody(PORT, "lesar", "/api/v1/modules", "\"id\":\"bustad\"", 60);
        System.out.printf("| vendor module | feature:repo-add and feature:install bustad to its module listed | %.1f s |%n",
                (System.nanoTime() - start) / 1e9);
        assertTrue(modules.body(), modules.body().contains("{\"id\":\"bustad\",\"name\":\"Bustadkø\",\"version\":\"1.0.0\",\"icon\":\"KEY\""));
        // the planverk.module capability lists it among the module features that admins install and uninstall (polled: right
        // after feature:install this list once still said installed:false on a busy machine)
        Distribution.awaitBody(PORT, "lesar", "/api/v1/modules/features",
                "{\"name\":\"bustad\",\"description\":\"Bustad: waiting list for municipal housing (example module)\",\"installed\":true}", 30);

        // its endpoint: a coordinator puts a position on the list, everyone reads it back, roles and rules hold
        Distribution.awaitStatus(PORT, "lesar", 200, "/api/v1/bustad/summary", 60);
        String unit = first(call(PORT, "GET", "/api/v1/units", "lesar", (String) null).body(), "\"id\":(\\d+),\"code\":\"ALV-HO-HEIM\"");
        String position = "{\"reference\":\"bu-it-001\",\"unitId\":" + unit + ",\"step\":\"bemanna bustad\",\"listedOn\":\"2025-03-04\","
                + "\"note\":\"Ønskjer nær Knarvik\"}";
        assertEquals(403, call(PORT, "POST", "/api/v1/bustad/entries", "lesar", position).status());
        Answer created = call(PORT, "POST", "/api/v1/bustad/entries", "koordinator", position);
        assertEquals(created.body(), 201, created.status());
        String id = first(created.body(), "\"id\":(\\d+)");
        String expected = "{\"id\":" + id + ",\"reference\":\"BU-IT-001\",\"unitId\":" + unit + ",\"step\":\"bemanna-bustad\","
                + "\"listedOn\":\"2025-03-04\",\"status\":\"waiting\",\"note\":\"Ønskjer nær Knarvik\",\"position\":1,\"version\":1}";
        assertEquals(expected, created.body());
        assertEquals(expected, call(PORT, "GET", "/api/v1/bustad/entries/" + id, "lesar", (String) null).body());
        assertEquals("[" + expected + "]", call(PORT, "GET", "/api/v1/bustad/entries?status=waiting&unit=" + unit, "lesar",
                (String) null).body());
        assertEquals("{\"tilrettelagd-bustad\":0,\"omsorgsbustad\":0,\"bemanna-bustad\":1,\"sjukeheim\":0}",
                call(PORT, "GET", "/api/v1/bustad/summary", "planlegg", (String) null).body());

        // its view: the route answers (anonymous users are sent to the login page, not to "not found"), and after login the
        // shell shows the view with the position and the module's entry in the menu
        Browser browser = new Browser(PORT, "bustad");
        String login = browser.navigate("bustad");
        assertFalse(login, login.contains("planverk-not-found"));
        assertTrue(login, login.contains("\"value\":\"vaadin-login-form\""));
        String page = browser.login(login, "koordinator");
        assertTrue(page, page.contains("\"value\":\"bustad-grid\"") && page.contains("\"value\":\"bustad-form\""));
        assertTrue("the waiting position is in the grid", page.contains("BU-IT-001"));
        assertTrue("menu entry: " + page, page.matches("(?s).*\"key\":\"path\",\"feat\":\\d+,\"value\":\"bustad\".*")
                && page.contains("\"value\":\"Bustadkø\""));

        // its rules: a unique reference, the status moves, no lost updates, an audit trail without the note
        Answer duplicate = call(PORT, "POST", "/api/v1/bustad/entries", "koordinator", position);
        assertEquals(duplicate.body(), 400, duplicate.status());
        assertTrue(duplicate.body(), duplicate.body().contains("\"fields\":{\"reference\""));
        String housed = position.replace("}", ",\"status\":\"housed\",\"version\":1}");
        Answer skipped = call(PORT, "PUT", "/api/v1/bustad/entries/" + id, "koordinator", housed);
        assertEquals(skipped.body(), 400, skipped.status());
        assertTrue(skipped.body(), skipped.body().contains("\"fields\":{\"status\""));
        Answer offered = call(PORT, "PUT", "/api/v1/bustad/entries/" + id, "koordinator",
                position.replace("}", ",\"status\":\"offered\",\"version\":1}"));
        assertEquals(offered.body(), 200, offered.status());
        assertTrue(offered.body(), offered.body().contains("\"status\":\"offered\"") && offered.body().contains("\"version\":2"));
        assertEquals(409, call(PORT, "PUT", "/api/v1/bustad/entries/" + id, "koordinator", housed).status());
        Answer audit = call(PORT, "GET", "/api/v1/audit?type=BustadEntry&limit=5", "admin", (String) null);
        assertTrue(audit.body(), audit.body().contains("\"total\":2") && audit.body().contains("\"action\":\"update\"")
                && audit.body().contains("\"action\":\"create\"") && audit.body().contains("\"actor\":\"koordinator\""));
        assertFalse("no note in the audit trail: " + audit.body(), audit.body().contains("Knarvik"));

        // its shell command
        String list = Distribution.shell(sessions, null, "bustad:list --status offered --unit ALV-HO-HEIM");
        assertTrue(list, list.contains("BU-IT-001") && list.contains("bemanna-bustad") && list.contains("1 position"));
        try {
            Distribution.shell(sessions, null, "bustad:list --status gone");
            fail("an unknown status must fail the command");
        } catch (Exception e) {
            assertTrue(String.valueOf(e.getMessage()), String.valueOf(e.getMessage()).contains("Unknown status 'gone'"));
        }

        // feature:uninstall: the module, its endpoint and its route go without a restart
        start = System.nanoTime();
        Distribution.shell(sessions, admin(), "feature:uninstall bustad");
        Answer gone = Distribution.awaitStatus(PORT, "lesar", 404, "/api/v1/bustad/summary", 60);
        System.out.printf("| vendor module | feature:uninstall bustad to its endpoint gone | %.1f s |%n", (System.nanoTime() - start) / 1e9);
        assertFalse(gone.body(), features.isInstalled(bustad));
        assertEquals(404, call(PORT, "GET", "/api/v1/bustad/entries/" + id, "lesar", (String) null).status());
        assertFalse(call(PORT, "GET", "/api/v1/modules", "lesar", (String) null).body().contains("\"bustad\""));
        assertTrue("no view at /bustad after uninstall", new Browser(PORT, "bustad").navigate("bustad").contains("planverk-not-found"));
        assertEquals("the platform is still there", 200, call(PORT, "GET", "/api/v1/plans?limit=1", "lesar", (String) null).status());

        // installed again, its data is back
        Distribution.shell(sessions, admin(), "feature:install bustad");
        Answer back = Distribution.awaitBody(PORT, "lesar", "/api/v1/bustad/entries/" + id, "BU-IT-001", 60);
        assertTrue(back.body(), back.body().contains("\"status\":\"offered\""));

        // after the reinstall its pages open again, the one with a URL parameter too (issue 20: the old class stayed routed)
        Browser again = new Browser(PORT, "bustad/entry/" + id);
        String entry = again.login(again.navigate("bustad/entry/" + id), "koordinator");
        assertFalse(entry, entry.contains("Unable to create an instance") || entry.contains("There was an exception"));
        assertTrue("the position's page after the reinstall: " + entry, entry.contains("BU-IT-001"));
        Browser listView = new Browser(PORT, "bustad");
        String listPage = listView.login(listView.navigate("bustad"), "koordinator");
        assertTrue("the waiting list after the reinstall: " + listPage, listPage.contains("\"value\":\"bustad-grid\"")
                && !listPage.contains("Unable to create an instance"));
    }

    /** An administrator in the Karaf shell. */
    private static Subject admin() {
        Subject s = new Subject();
        s.getPrincipals().add(new UserPrincipal("admin"));
        s.getPrincipals().add(new RolePrincipal("admin"));
        return s;
    }

    /**
     * Talks to the shell's Vaadin UI as the browser's script does, in Vaadin 24's JSON protocol: it bootstraps a UI
     * ({@code ?v-r=init}), then sends navigation and login events ({@code ?v-r=uidl}) and returns the changes the server
     * sends back, in which the views' elements, ids and texts appear.
     */
    static final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final int port;
        private final String uiId;
        private final String csrf;
        private String syncId;
        private String clientId = "0";

        Browser(int port, String location) throws Exception {
            this.port = port;
            String init = send(HttpRequest.newBuilder(uri("/?v-r=init&location=" + location)).GET());
            uiId = first(init, "\"v-uiId\":(\\d+)");
            csrf = first(init, "\"Vaadin-Security-Key\":\"([^\"]+)\"");
            syncId = first(init, "\"syncId\":(\\d+)");
        }

        /** What the UI shows after the client router navigates to {@code route}. */
        String navigate(String route) throws Exception {
            return rpc("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                    + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
        }

        /** Submits the login form on {@code page} as {@code user} (password = name); returns the page it leads to. */
        String login(String page, String user) throws Exception {
            String form = first(page, "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"vaadin-login-form\"\\}");
            return rpc("{\"type\":\"event\",\"node\":" + form + ",\"event\":\"login\",\"data\":{\"event.detail.username\":\"" + user
                    + "\",\"event.detail.password\":\"" + user + "\"}}");
        }

        private String rpc(String call) throws Exception {
            String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + call + "],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
            String answer = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)));
            syncId = first(answer, "\"syncId\":(\\d+)");
            clientId = first(answer, "\"clientId\":(\\d+)");
            return answer;
        }

        private String send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(r.uri() + ": " + r.body(), 200, r.statusCode());
            return r.body();
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
