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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on the public portal (run by bench/portal.sh): N anonymous clients, each in a loop fetching one public plan page
 * (/public/plans/{id}, the richest plan the portal lists) for S seconds after a warm-up, then the same with the page's
 * ETag (304 answers). Counts the Set-Cookie headers seen and reads the open UI sessions (planverk_ui_sessions in
 * /metrics, as admin) before and after: a portal visitor must create none. Prints p50/p95/p99 and throughput.
 * Usage: java PortalLoad.java http://localhost:19481 200 60 admin:admin [pause-ms]
 */
public class PortalLoad {

    static final String LANGUAGE = "nn,nb;q=0.8";
    /** A pause after each page, as a reader has; 0 for a closed loop that saturates the server. */
    static long THINK_MS;
    static final AtomicLong COOKIES = new AtomicLong();
    static final AtomicLong ERRORS = new AtomicLong();
    static final List<String> LAST_ERROR = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        String admin = args.length > 3 ? args[3] : "admin:admin";
        THINK_MS = args.length > 4 ? Long.parseLong(args[4]) : 0;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String plans = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/public/plans")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        // the richest plan the portal lists (most goals, measures and document): the heaviest page a visitor can ask for
        Matcher m = Pattern.compile("\\{\"id\":(\\d+)").matcher(plans);
        String best = null;
        int size = -1;
        while (m.find()) {
            int length = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/public/plans/" + m.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString()).body().length();
            if (length > size) {
                size = length;
                best = m.group(1);
            }
        }
        if (best == null) {
            throw new IllegalStateException("the portal lists no plan: " + plans);
        }
        String page = base + "/public/plans/" + best;
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(page)).header("Accept-Language", LANGUAGE).build(),
                HttpResponse.BodyHandlers.ofString());
        String etag = first.headers().firstValue("ETag").orElse("");
        System.out.printf("page %s: %d, %d bytes, ETag %s%n", page, first.statusCode(), first.body().length(), etag);
        double before = sessions(http, base, admin);
        run(page, clients, Math.min(10, seconds), null, 200, new ArrayList<>()); // warm-up, not counted
        ERRORS.set(0);
        List<Long> full = new ArrayList<>();
        double rate = run(page, clients, seconds, null, 200, full);
        long fullErrors = ERRORS.getAndSet(0);
        List<Long> revalidated = new ArrayList<>();
        double rate304 = run(page, clients, Math.max(5, seconds / 3), etag, 304, revalidated);
        long revalidatedErrors = ERRORS.get();
        double after = sessions(http, base, admin);
        System.out.println();
        System.out.println("| portal: " + clients + " anonymous clients on loopback, " + (THINK_MS == 0 ? "no pause (closed loop)"
                : THINK_MS + " ms pause after each page") + " | p50 | p95 | p99 | requests/s | errors |");
        System.out.println("|---|---|---|---|---|---|");
        row("public plan page, full (200)", full, rate, fullErrors);
        row("public plan page, revalidated (304)", revalidated, rate304, revalidatedErrors);
        System.out.printf("| Set-Cookie headers received | %d | | | | |%n", COOKIES.get());
        System.out.printf("| open UI sessions before / after (planverk_ui_sessions) | %.0f / %.0f | | | | |%n", before, after);
        if (!LAST_ERROR.isEmpty()) {
            System.out.println("last errors: " + LAST_ERROR.subList(Math.max(0, LAST_ERROR.size() - 3), LAST_ERROR.size()));
        }
    }

    static void row(String what, List<Long> micros, double rate, long errors) {
        Collections.sort(micros);
        System.out.printf("| %s | %.1f ms | %.1f ms | %.1f ms | %.0f | %d |%n", what, pct(micros, 50), pct(micros, 95), pct(micros, 99), rate,
                errors);
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1000.0;
    }

    /** One HTTP/1.1 client: each of the concurrent clients holds its own connection from its pool, as separate visitors. */
    static final HttpClient CLIENTS = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
            .build();

    /** {@code clients} threads, each sending one request after another; returns requests per second. */
    static double run(String page, int clients, long seconds, String etag, int expected, List<Long> times) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        AtomicLong count = new AtomicLong();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            new Thread(() -> {
                HttpClient http = CLIENTS;
                List<Long> mine = new ArrayList<>();
                try {
                    while (System.nanoTime() < end) {
                        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(page)).header("Accept-Language", LANGUAGE);
                        if (etag != null) {
                            b.header("If-None-Match", etag);
                        }
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                        mine.add((System.nanoTime() - t0) / 1000);
                        count.incrementAndGet();
                        COOKIES.addAndGet(r.headers().allValues("Set-Cookie").size());
                        if (r.statusCode() != expected) {
                            ERRORS.incrementAndGet();
                            LAST_ERROR.add(r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
                        }
                        if (THINK_MS > 0) {
                            Thread.sleep(THINK_MS);
                        }
                    }
                } catch (Exception e) {
                    ERRORS.incrementAndGet();
                    LAST_ERROR.add(String.valueOf(e));
                } finally {
                    synchronized (times) {
                        times.addAll(mine);
                    }
                    done.countDown();
                }
            }).start();
        }
        done.await();
        return count.get() / ((System.nanoTime() - started) / 1e9);
    }

    /** The open UI sessions from the Prometheus text, or NaN when /metrics does not answer. */
    static double sessions(HttpClient http, String base, String admin) {
        try {
            String auth = "Basic " + Base64.getEncoder().encodeToString(admin.getBytes(StandardCharsets.UTF_8));
            String text = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("(?m)^planverk_ui_sessions\\S*\\s+([0-9.eE+-]+)").matcher(text);
            return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
