package no.example.bustad.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Boots Planverk's distribution (from the local Maven repository) with the platform and Bustad's feature, on ports of its
 * own, and uses the module as its users do: it is listed, its API stores and returns a position for the right role and
 * refuses the wrong one, its shell command lists it, and its pages answer. Copy it for your own module: change the
 * feature, the repository and the calls.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BustadIT {

    /** Away from a running Planverk (8181, 8101, 1099, 44444) and from Planverk's own itests (18xxx, 19xxx). */
    static final int HTTP = 28181;
    static final String REPOSITORY = "mvn:no.example.bustad/bustad-features/" + System.getProperty("bustad.version", "1.0.0")
            + "/xml/features";

    @Inject
    SessionFactory sessions;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Configuration
    public Option[] config() {
        String repo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(maven("no.planverk", "planverk-distribution").version(System.getProperty("planverk.version"))
                            .type("tar.gz"))
                    .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            logLevel(LogLevel.WARN),
            configureConsole().ignoreLocalConsole(),
            editConfigurationFilePut("etc/org.apache.felix.http.cfg", "org.osgi.service.http.port", String.valueOf(HTTP)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "28101"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "21099"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "24444"),
            // Karaf finds your bundles (mvn: URLs) in the same local repository that Maven installed them into
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", repo),
            // the platform (its users are in etc/users.properties) and your feature from your feature repository
            editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresRepositories", REPOSITORY),
            editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot",
                    "instance, package, scr, log, ssh, framework, system, eventadmin, feature, shell, management, service, jaas,"
                            + " diagnostic, wrap, bundle, config, planverk-platform, bustad"),
        };
    }

    @Test
    public void theModuleIsListedStoresAndRefusesAsItsUsersMeetIt() throws Exception {
        awaitBody("lesar", "/api/v1/modules", "\"id\":\"bustad\"", 180);

        // an organisation unit to seek the home at (no demo data is booted)
        HttpResponse<String> made = send("admin", "POST", "/api/v1/units", "{\"code\":\"IT-HEIM\",\"name\":\"Heimetenester\"}");
        assertEquals(made.body(), 201, made.statusCode());
        String unit = first(made.body(), "\"id\":(\\d+)");

        // the API: a coordinator adds a position, a reader may not, everyone reads it back
        String position = "{\"reference\":\"bu-it-9\",\"unitId\":" + unit + ",\"step\":\"omsorgsbustad\",\"listedOn\":\"2025-03-04\"}";
        assertEquals(403, send("lesar", "POST", "/api/v1/bustad/entries", position).statusCode());
        HttpResponse<String> created = send("koordinator", "POST", "/api/v1/bustad/entries", position);
        assertEquals(created.body(), 201, created.statusCode());
        String id = first(created.body(), "\"id\":(\\d+)");
        assertTrue(get("lesar", "/api/v1/bustad/entries/" + id).body().contains("\"reference\":\"BU-IT-9\""));

        // a broken rule is a 400 naming the field, in English for API callers
        HttpResponse<String> twice = send("koordinator", "POST", "/api/v1/bustad/entries", position);
        assertEquals(400, twice.statusCode());
        assertTrue(twice.body(), twice.body().contains("\"fields\":{\"reference\":\"The reference BU-IT-9 is on the list already\"}"));

        // the shell command
        String list = shell("bustad:list --status waiting");
        assertTrue(list, list.contains("BU-IT-9"));

        // the pages answer (Vaadin's bootstrap page; anonymous users are sent on to the login page by the UI)
        assertEquals(200, get(null, "/bustad").statusCode());
        assertEquals(200, get(null, "/bustad/entry/" + id).statusCode());
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return send(user, "GET", path, null);
    }

    /** A call as {@code user} (the demo users' passwords are their names), or anonymous when null. */
    private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Polls until the answer holds {@code expected}: the platform and the module start in the background after boot. */
    private void awaitBody(String user, String path, String expected, int seconds) throws Exception {
        long end = System.currentTimeMillis() + seconds * 1000L;
        String last = "";
        while (System.currentTimeMillis() < end) {
            try {
                HttpResponse<String> r = get(user, path);
                last = r.statusCode() + " " + r.body();
                if (r.statusCode() == 200 && r.body().contains(expected)) {
                    return;
                }
            } catch (java.io.IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(path + " never held " + expected + "; last: " + last);
    }

    /** Runs a Karaf shell command and returns what it printed. */
    private String shell(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessions.create(System.in, print, print);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + regex + " in " + text);
        }
        return m.group(1);
    }
}
