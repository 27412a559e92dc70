package no.planverk.itests;

import static no.planverk.itests.Distribution.call;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planverk.itests.Distribution.Answer;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The OpenAPI description (issue 21 §5) against the running platform with every module and the demo data: no endpoint
 * is left undescribed, and every described route exists. Each GET route is called as admin (path ids taken from the
 * list above it, else 1) and must not answer 405 or a 404 that says the route is unknown; each other route is sent an
 * empty body as admin, with the same rule. Module installs and uninstalls go last, so the other calls see every module.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OpenApiIT {

    static final int PORT = 19881;
    static final String BOOT = "planverk-all, planverk-demo";
    /** The 404 messages of an unknown route (platform, plans, measures, forecasting, competence, volunteers), in English. */
    static final Pattern UNKNOWN_ROUTE = Pattern.compile("No API endpoint|No such resource|Use /api/v1/|Name a resource");
    /** A path key of the pretty-printed description, and an operation under it. */
    static final Pattern PATH = Pattern.compile("^    \"(/[^\"]*)\" : \\{");
    static final Pattern METHOD = Pattern.compile("^      \"(get|post|put|patch|delete)\" : \\{");

    @Configuration
    public Option[] config() {
        return Distribution.options(PORT, 1400, BOOT);
    }

    @Test
    public void everyDescribedRouteExistsAndNothingIsUndescribed() throws Exception {
        Distribution.awaitHealthy(PORT, 120);
        List<String> all = List.of("competence", "consultation", "forecasting", "measures", "plans", "platform", "portal", "volunteers");
        assertEquals(all.toString(), Distribution.awaitModules(PORT, all, 90));
        Distribution.awaitStatus(PORT, null, 200, "/api/v1/health/ready", 90);
        Distribution.awaitBody(PORT, "planlegg", "/api/v1/plans?q=ALV-KDP-HSO", "\"code\":\"ALV-KDP-HSO\"", 90);
        Distribution.awaitBody(PORT, "koordinator", "/api/v1/volunteers/volunteers", "Test Testesen", 90);

        // A module's endpoint service registers a moment after its feature is installed (its database comes first):
        // wait until each module's routes are in the description before reading it.
        Answer doc = null;
        for (String described : List.of("/plans/{id}", "/measures/{id}/reports", "/forecasts/run", "/competence/workforce",
                "/volunteers/assignments/{id}/volunteers/{volunteerId}", "/units/{id}")) {
            doc = Distribution.awaitBody(PORT, null, "/api/v1/openapi.json", "\"" + described + "\" : {", 90);
        }
        doc = call(PORT, "GET", "/api/v1/openapi.json", null, (String) null);
        assertEquals(doc.body(), 200, doc.status());
        assertTrue(doc.body(), doc.body().contains("\"openapi\" : \"3.1.0\""));
        assertFalse("undescribed endpoints: " + doc.body(), doc.body().contains("x-planverk-undescribed"));
        Map<String, List<String>> routes = routes(doc.body());
        for (String described : List.of("/plans/{id}", "/measures/{id}/reports", "/forecasts/run", "/competence/workforce",
                "/volunteers/assignments/{id}/volunteers/{volunteerId}", "/units/{id}")) {
            assertTrue(described + " in " + routes.keySet(), routes.containsKey(described));
        }

        StringBuilder wrong = new StringBuilder();
        List<String[]> writes = new ArrayList<>();
        for (Map.Entry<String, List<String>> route : routes.entrySet()) {
            String path = fill(route.getKey());
            for (String method : route.getValue()) {
                if (method.equals("get")) {
                    check(wrong, "GET", path, call(PORT, "GET", "/api/v1" + path, "admin", (String) null));
                } else {
                    writes.add(new String[] {method.toUpperCase(), path});
                }
            }
        }
        writes.sort((a, b) -> Boolean.compare(a[1].startsWith("/modules/"), b[1].startsWith("/modules/")));
        for (String[] w : writes) {
            check(wrong, w[0], w[1], call(PORT, w[0], "/api/v1" + w[1], "admin", new byte[0]));
        }
        assertEquals("", wrong.toString());
    }

    private static void check(StringBuilder wrong, String method, String path, Answer a) {
        if (a.status() == 405 || a.status() == 404 && UNKNOWN_ROUTE.matcher(a.body()).find()) {
            wrong.append(method).append(' ').append(path).append(": ").append(a.status()).append(' ').append(a.body()).append('\n');
        }
    }

    /** The described paths and their operations, read from the pretty-printed description (no JSON library here). */
    static Map<String, List<String>> routes(String json) {
        Map<String, List<String>> routes = new LinkedHashMap<>();
        boolean inPaths = false;
        String current = null;
        for (String line : json.split("\n")) {
            if (line.startsWith("  \"paths\" : {")) {
                inPaths = true;
            } else if (inPaths && line.startsWith("  }")) {
                break;
            } else if (inPaths) {
                Matcher p = PATH.matcher(line);
                Matcher m = METHOD.matcher(line);
                if (p.find()) {
                    current = p.group(1);
                    routes.put(current, new ArrayList<>());
                } else if (m.find() && current != null) {
                    routes.get(current).add(m.group(1));
                }
            }
        }
        return routes;
    }

    /**
     * The path with each {parameter} filled: the value of that name (or "id") first found in the list one level up,
     * else 1.
     */
    static String fill(String template) throws Exception {
        StringBuilder path = new StringBuilder();
        for (String segment : template.substring(1).split("/")) {
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                Answer list = call(PORT, "GET", "/api/v1" + path, "admin", (String) null);
                String value = list.status() == 200 ? value(list.body(), name) : null;
                if (value == null && list.status() == 200) {
                    value = value(list.body(), "id");
                }
                segment = value == null ? "1" : value;
            }
            path.append('/').append(segment);
        }
        return path.toString();
    }

    private static String value(String body, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":(?:(\\d+)|\"([A-Za-z0-9-]+)\")").matcher(body);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }
}
