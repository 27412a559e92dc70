import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load harness for the HTTP API (run by bench/load.sh): N users for S seconds, each in a loop browsing plans and
 * measures, reading a measure, reporting status on a measure of its own and running a forecast on the demo inputs.
 * Prints throughput, p50/p95/p99 per kind of call and the errors (any status other than the expected one).
 * Usage: java LoadTest.java http://localhost:19281 50 300
 */
public class LoadTest {

    record Sample(String kind, long micros, boolean ok) {
    }

    static final Map<String, List<Long>> TIMES = new ConcurrentHashMap<>();
    static final Map<String, AtomicLong> ERRORS = new ConcurrentHashMap<>();
    static final Map<String, String> LAST_ERROR = new ConcurrentHashMap<>();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int users = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        String pop = first(call(base, "planlegg", "GET", "/api/v1/forecasts/inputs?kind=population", null, 200, "setup"), "\"id\":(\\d+)");
        String svc = first(call(base, "planlegg", "GET", "/api/v1/forecasts/inputs?kind=service-users", null, 200, "setup"), "\"id\":(\\d+)");
        String forecast = "{\"populationId\":" + pop + ",\"serviceUsersId\":" + svc + ",\"scenarios\":[\"normal\",\"delayed\"]}";
        long end = System.currentTimeMillis() + seconds * 1000;
        CountDownLatch done = new CountDownLatch(users);
        long started = System.nanoTime();
        for (int u = 0; u < users; u++) {
            int n = u;
            new Thread(() -> {
                try {
                    user(base, n, end, forecast);
                } catch (Exception e) {
                    ERRORS.computeIfAbsent("user", k -> new AtomicLong()).incrementAndGet();
                    LAST_ERROR.put("user", String.valueOf(e));
                } finally {
                    done.countDown();
                }
            }, "user-" + u).start();
        }
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        report(users, elapsed);
    }

    static void user(String base, int n, long end, String forecast) throws Exception {
        String user = "planlegg";
        String created = call(base, user, "POST", "/api/v1/measures",
                "{\"planName\":\"Lastprøve\",\"number\":\"L-" + n + "-" + System.nanoTime() + "\",\"title\":\"Lastprøve " + n + "\",\"unitIds\":[]}",
                201, "POST measure");
        String id = first(created, "\"id\":(\\d+)");
        int round = 0;
        while (System.currentTimeMillis() < end) {
            round++;
            call(base, user, "GET", "/api/v1/plans?limit=50&offset=" + (round % 3) * 50, null, 200, "GET plans page");
            call(base, user, "GET", "/api/v1/measures?limit=50", null, 200, "GET measures page");
            String m = call(base, user, "GET", "/api/v1/measures/" + id, null, 200, "GET measure");
            String version = first(m, "\"version\":(\\d+)");
            call(base, user, "POST", "/api/v1/measures/" + id + "/reports", "{\"period\":\"2026-T3\",\"status\":\"ongoing\",\"percent\":"
                    + (round % 100) + ",\"light\":\"green\",\"version\":" + version + "}", 201, "POST report");
            call(base, user, "GET", "/api/v1/measures/counts", null, 200, "GET measure counts");
            if (round % 5 == 0) {
                call(base, user, "POST", "/api/v1/forecasts/run", forecast, 200, "POST forecast run");
            }
        }
    }

    static String call(String base, String user, String method, String path, String body, int expected, String kind) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        long start = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            ERRORS.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
            LAST_ERROR.put(kind, String.valueOf(e));
            throw e;
        }
        long micros = (System.nanoTime() - start) / 1000;
        TIMES.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
        if (r.statusCode() != expected) {
            ERRORS.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
            LAST_ERROR.put(kind, r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
        }
        return r.body();
    }

    static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("No " + regex + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    static void report(int users, double elapsed) {
        long total = 0;
        System.out.println("| call | count | p50 ms | p95 ms | p99 ms | errors |");
        System.out.println("|---|---|---|---|---|---|");
        List<Long> all = new ArrayList<>();
        for (Map.Entry<String, List<Long>> e : new TreeMap<>(TIMES).entrySet()) {
            List<Long> t = new ArrayList<>(e.getValue());
            Collections.sort(t);
            all.addAll(t);
            total += t.size();
            System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %d |%n", e.getKey(), t.size(), pct(t, 50), pct(t, 95), pct(t, 99),
                    ERRORS.getOrDefault(e.getKey(), new AtomicLong()).get());
        }
        Collections.sort(all);
        long errors = ERRORS.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("| all calls, %d users, %.0f s | %d (%.0f/s) | %.1f | %.1f | %.1f | %d |%n", users, elapsed, total, total / elapsed,
                pct(all, 50), pct(all, 95), pct(all, 99), errors);
        LAST_ERROR.forEach((k, v) -> System.err.println("last error of " + k + ": " + v));
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }
}
