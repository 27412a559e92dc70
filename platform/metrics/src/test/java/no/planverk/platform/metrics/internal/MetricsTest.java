package no.planverk.platform.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import no.planverk.platform.api.Authenticator;
import no.planverk.platform.api.DatabaseStatus;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private final Metrics metrics = new Metrics();

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void jvmDatabaseAndOfferedCountersAreScraped() {
        AtomicLong failures = new AtomicLong(3);
        LongSupplier counter = failures::get;
        metrics.addCounter(counter, Map.of(Metrics.NAME, "planverk.logins.failed", Metrics.DESCRIPTION, "Failed logins"));
        String text = metrics.scrape();
        assertTrue(text.contains("jvm_memory_used_bytes"), text);
        assertTrue(text.contains("jvm_threads_live_threads"), text);
        assertTrue(text.contains("planverk_database_up 0.0"), text);
        assertTrue(text.contains("planverk_logins_failed_total 3.0"), text);

        metrics.setDatabase(() -> new DatabaseStatus(true, "Apache Derby", "answers"));
        assertTrue(metrics.scrape().contains("planverk_database_up 1.0"));
        metrics.removeCounter(counter);
        assertFalse(metrics.scrape().contains("planverk_logins_failed_total"));
    }

    @Test
    void requestsAreTimedByRouteAndStatus() throws Exception {
        RequestMetricsFilter filter = new RequestMetricsFilter(metrics);
        FilterChain ok = (rq, rs) -> ((jakarta.servlet.http.HttpServletResponse) rs).setStatus(200);
        filter.doFilter(Fakes.request("GET", "/api/v1/plans/12/goals", null, Map.of()), Fakes.response(Fakes.seen()), ok);
        filter.doFilter(Fakes.request("GET", "/api/v1/plans/13/goals", null, Map.of()), Fakes.response(Fakes.seen()), ok);
        FilterChain missing = (rq, rs) -> ((jakarta.servlet.http.HttpServletResponse) rs).setStatus(404);
        filter.doFilter(Fakes.request("GET", "/api/v1/nothing/9", null, Map.of()), Fakes.response(Fakes.seen()), missing);
        filter.doFilter(Fakes.request("POST", "/", "v-r=uidl&v-uiId=0", Map.of()), Fakes.response(Fakes.seen()), ok);
        String text = metrics.scrape();
        assertTrue(text.contains("http_server_requests_seconds_count{app=\"api\",method=\"GET\",route=\"/api/v1/plans/{id}/goals\",status=\"200\"} 2"), text);
        assertTrue(text.contains("route=\"unmatched\",status=\"404\"} 1"), text);
        assertTrue(text.contains("http_server_requests_seconds_count{app=\"ui\",method=\"POST\",route=\"vaadin:uidl\",status=\"200\"} 1"), text);
    }

    @Test
    void uiSessionsAreCounted() {
        SessionCounter sessions = new SessionCounter(metrics);
        sessions.sessionCreated(null);
        sessions.sessionCreated(null);
        sessions.sessionDestroyed(null);
        assertTrue(metrics.scrape().contains("planverk_ui_sessions 1.0"));
    }

    @Test
    void onlyAdminsReadTheMetrics() throws Exception {
        Authenticator users = (name, password) -> switch (name + ":" + new String(password)) {
            case "admin:admin" -> Optional.of(UserContext.of("admin", Role.ADMIN));
            case "lesar:lesar" -> Optional.of(UserContext.of("lesar", Role.READER));
            default -> Optional.empty();
        };
        MetricsServlet servlet = new MetricsServlet(users, metrics);
        assertEquals(401, get(servlet, null).get("status"));
        assertEquals(401, get(servlet, "admin:wrong").get("status"));
        assertEquals(403, get(servlet, "lesar:lesar").get("status"));
        Map<String, Object> seen = get(servlet, "admin:admin");
        assertEquals(200, seen.get("status"));
        assertEquals(MetricsServlet.CONTENT_TYPE, seen.get("Content-Type"));
        assertTrue(((String) seen.get("body")).contains("jvm_memory_used_bytes"));
    }

    private static Map<String, Object> get(MetricsServlet servlet, String credentials) throws Exception {
        Map<String, Object> seen = Fakes.seen();
        Map<String, String> headers = credentials == null ? Map.of()
                : Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        servlet.doGet(Fakes.request("GET", "/metrics", null, headers), Fakes.response(seen));
        return seen;
    }
}
