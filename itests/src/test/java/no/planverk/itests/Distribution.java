package no.planverk.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.when;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/** Boots the Planverk distribution built by the reactor, on ports apart from a developer's instance. */
public final class Distribution {

    /** HTTP port of the container that {@link PlatformIT} boots (SSH and RMI move with port offset 0). */
    public static final int HTTP_PORT = 18181;

    /** HTTP port of the container that {@link BrowserIT} starts in server mode (port offset 100). */
    public static final int BROWSER_HTTP_PORT = 18281;

    private Distribution() {
    }

    /**
     * Karaf options for the distribution file that the reactor built ({@code planverk.distribution}, set by
     * failsafe), with HTTP on {@code httpPort} and SSH/RMI moved by {@code portOffset} away from the defaults.
     */
    public static Option[] options(int httpPort, int portOffset) {
        String archive = System.getProperty("planverk.distribution");
        if (archive == null || !new File(archive).isFile()) {
            throw new IllegalStateException("Distribution not found: " + archive
                    + " (build features/distribution first; the path comes from the failsafe property planverk.distribution)");
        }
        String repo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl("file:" + new File(archive).getAbsolutePath())
                    .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            logLevel(LogLevel.WARN),
            configureConsole().ignoreLocalConsole(),
            editConfigurationFilePut("etc/org.apache.felix.http.cfg", "org.osgi.service.http.port", String.valueOf(httpPort)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(18101 + portOffset)),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(11099 + portOffset)),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(44544 + portOffset)),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", repo),
            systemProperty("planverk.itest.port").value(String.valueOf(httpPort)),
            // mvn verify -Dplanverk.itest.keep=true keeps target/exam/<uuid>/ (data/log/karaf.log) for a post-mortem
            when(Boolean.getBoolean("planverk.itest.keep")).useOptions(keepRuntimeFolder()),
        };
    }

    /** Karaf's own features that every test boots before Planverk's. */
    static final String KARAF_BOOT = "instance, package, scr, log, ssh, framework, system, eventadmin, feature, shell,"
            + " management, service, jaas, diagnostic, wrap, bundle, config";

    /** As {@link #options(int, int)}, booting Karaf's features and then {@code planverkFeatures} (comma separated). */
    public static Option[] options(int httpPort, int portOffset, String planverkFeatures) {
        return org.ops4j.pax.exam.OptionUtils.combine(options(httpPort, portOffset),
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot", KARAF_BOOT + ", " + planverkFeatures));
    }

    /** Status and body of a request; {@code user} is null for none, a name (password = name) or {@code name:password}. */
    public record Answer(int status, String body, String authenticate, byte[] bytes) {
    }

    public static Answer call(int port, String method, String path, String user, String json) throws IOException {
        return call(port, method, path, user, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #call(int, String, String, String, String)} with a binary body; the answer keeps its bytes. */
    public static Answer call(int port, String method, String path, String user, byte[] body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL("http://localhost:" + port + path).openConnection();
        c.setRequestMethod(method);
        c.setConnectTimeout(5000);
        c.setReadTimeout(30000);
        if (user != null) {
            c.setRequestProperty("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user.contains(":") ? user : user + ":" + user)
                            .getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            c.getOutputStream().write(body);
        }
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
        return new Answer(status, new String(bytes, StandardCharsets.UTF_8), c.getHeaderField("WWW-Authenticate"), bytes);
    }

    /**
     * Polls the health endpoint until it has answered UP for 2 s in a row, up to {@code seconds}. (Karaf
     * used to refresh the JPA bundles a few seconds after the first boot; the distribution turns Karaf's
     * autoRefresh off, and this short window checks that health stays up.)
     */
    public static Answer awaitHealthy(int port, int seconds) throws InterruptedException {
        long end = System.currentTimeMillis() + seconds * 1000L;
        Answer answer = awaitStable(port, seconds, STABLE_PORTS.contains(port) ? 0 : 2000);
        if (answer.status() == 200) {
            STABLE_PORTS.add(port);
            awaitStartupWork(port, end);
        }
        return answer;
    }

    /**
     * The demo data loads in the background after a start: wait until readiness no longer names it as loading, nor the
     * demo's bundles as not yet up.
     */
    private static void awaitStartupWork(int port, long end) throws InterruptedException {
        while (System.currentTimeMillis() < end) {
            try {
                Answer ready = call(port, "GET", "/api/v1/health/ready", null, (String) null);
                // the demo's bundles start after health is UP: until they run, the startup work is not even listed
                if (ready.status() != 503 || !ready.body().contains("\"name\":\"startup\",\"up\":false")
                        && !ready.body().contains("\"name\":\"planverk-demo\",\"up\":false")) {
                    return;
                }
            } catch (IOException e) {
                // not answering now: health said UP a moment ago, so try again
            }
            Thread.sleep(500);
        }
    }

    /** Ports whose container has already been UP for the whole stability window: one UP answer is enough then. */
    private static final java.util.Set<Integer> STABLE_PORTS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static Answer awaitStable(int port, int seconds, long stableMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + seconds * 1000L;
        Answer last = new Answer(0, "no answer", null, new byte[0]);
        long upSince = 0;
        while (System.currentTimeMillis() < end) {
            try {
                last = call(port, "GET", "/api/v1/health", null, (String) null);
                boolean up = last.status() == 200 && last.body().contains("\"status\":\"UP\"");
                upSince = up ? (upSince == 0 ? System.currentTimeMillis() : upSince) : 0;
                if (up && System.currentTimeMillis() - upSince >= stableMillis) {
                    return last;
                }
            } catch (IOException e) {
                last = new Answer(0, e.toString(), null, new byte[0]);
                upSince = 0;
            }
            Thread.sleep(500);
        }
        return last;
    }

    /** Runs a Karaf shell command, as the given JAAS subject (or none), and returns what it printed. */
    public static String shell(org.apache.karaf.shell.api.console.SessionFactory sessions, javax.security.auth.Subject as, String command)
            throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, StandardCharsets.UTF_8);
        org.apache.karaf.shell.api.console.Session session = sessions.create(System.in, print, print);
        try {
            java.security.PrivilegedExceptionAction<Object> run = () -> session.execute(command);
            if (as == null) {
                run.run();
            } else {
                javax.security.auth.Subject.doAs(as, run);
            }
        } finally {
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** In a role table: the user passes the role check (any status but 401 and 403). */
    public static final int PASSES = -1;

    /** In a role table: not checked for this user (the answer depends on data the table does not set up). */
    public static final int ANY = 0;

    /**
     * In a role table: the user's role may write here, but not this data (a unit leader and another unit's measure): 403 for
     * the valid body, and the role check passed for an empty one (which is then refused as input, not by role).
     */
    public static final int REFUSED_BY_DATA = -403;

    /**
     * Runs a role table: rows of method, path and body (either may have %s for the user; the body may be null) and the expected status
     * per user ({@link #PASSES}, {@link #ANY} or a status). Each write (any method but GET) is tried again by every user with an empty
     * body: a user refused the valid body (401 or 403) must be refused it the same way, before the body is read or validated; any
     * other user must get past the role check with it (the input is then refused as input). Returns every mismatch, one per line
     * (empty when all match).
     */
    public static String roleTable(int port, String[] users, Object[][] table) throws IOException {
        StringBuilder wrong = new StringBuilder();
        for (Object[] row : table) {
            int[] expected = (int[]) row[3];
            String method = (String) row[0];
            for (int i = 0; i < users.length; i++) {
                String body = row[2] == null ? null : String.format((String) row[2], users[i]);
                String path = ((String) row[1]).contains("%s") ? String.format((String) row[1], users[i]) : (String) row[1];
                Answer a = call(port, method, path, users[i], body);
                check(wrong, row, users[i], "", a, expected[i] == REFUSED_BY_DATA ? 403 : expected[i]);
                if (!method.equals("GET")) {
                    // refused by role: the same answer; every other user gets past the role check (then 400, 404 ...)
                    int empty = expected[i] == 401 || expected[i] == 403 || expected[i] == ANY ? expected[i] : PASSES;
                    check(wrong, row, users[i], " (empty body)", call(port, method, path, users[i], new byte[0]), empty);
                }
            }
        }
        return wrong.toString();
    }

    private static void check(StringBuilder wrong, Object[] row, String user, String note, Answer a, int expected) {
        boolean ok = switch (expected) {
            case ANY -> true;
            case PASSES -> a.status() != 401 && a.status() != 403;
            default -> a.status() == expected;
        };
        if (!ok) {
            wrong.append(row[0]).append(' ').append(row[1]).append(note).append(" as ").append(user).append(": ")
                    .append(a.status()).append(" not ").append(expected == PASSES ? "a pass of the role check" : expected)
                    .append(' ').append(a.body()).append('\n');
        }
    }

    /** Polls GET {@code path} as {@code user} until it answers 200 with {@code expected} in the body. */
    public static Answer awaitBody(int port, String user, String path, String expected, int seconds) throws Exception {
        long end = System.currentTimeMillis() + seconds * 1000L;
        Answer last = null;
        while (System.currentTimeMillis() < end) {
            last = call(port, "GET", path, user, (String) null);
            if (last.status() == 200 && last.body().contains(expected)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Expected " + expected + " from " + path + " within " + seconds + " s; last: " + last + logProblems());
    }

    /**
     * Polls /api/v1/modules until it lists exactly {@code expected} (module ids, sorted): the modules' bundles
     * start one by one after health is up. Fails with the last list when it does not settle in time.
     */
    public static String awaitModules(int port, List<String> expected, int seconds) throws Exception {
        long end = System.currentTimeMillis() + seconds * 1000L;
        String last = null;
        while (System.currentTimeMillis() < end) {
            Answer a = call(port, "GET", "/api/v1/modules", "lesar", (String) null);
            last = a.status() == 200 ? all(a.body(), "\"id\":\"([a-z]+)\"").toString() : a.status() + " " + a.body();
            if (last.equals(expected.toString())) {
                return last;
            }
            Thread.sleep(500);
        }
        return last + logProblems();
    }

    /**
     * For a failure message: the last ERROR and WARN lines of karaf.log, when the test runs inside the container (a Pax
     * Exam test class; {@code karaf.data} is set there), and the readiness answer; empty elsewhere. CI keeps no runtime
     * folder, so what went wrong in the container must be in the message.
     */
    public static String logProblems() {
        String data = System.getProperty("karaf.data");
        StringBuilder text = new StringBuilder();
        String port = System.getProperty("planverk.itest.port");
        if (port != null) {
            try {
                text.append("\nreadiness: ").append(call(Integer.parseInt(port), "GET", "/api/v1/health/ready", null, (String) null));
            } catch (IOException e) {
                text.append("\nreadiness: ").append(e);
            }
        }
        if (data == null) {
            return text.toString();
        }
        try {
            List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(data, "log", "karaf.log"), StandardCharsets.UTF_8);
            List<String> problems = lines.stream().filter(l -> l.contains("| ERROR") || l.contains("| WARN") || l.startsWith("Caused by:"))
                    .map(l -> l.length() > 400 ? l.substring(0, 400) + " …" : l).toList();
            text.append("\nkaraf.log, the last of ").append(problems.size()).append(" ERROR, WARN and 'Caused by' lines:");
            problems.subList(Math.max(0, problems.size() - 20), problems.size()).forEach(l -> text.append("\n  ").append(l));
        } catch (IOException | RuntimeException e) {
            text.append("\nkaraf.log unreadable: ").append(e);
        }
        return text.toString();
    }

    /** Polls GET {@code path} as {@code user} until it answers {@code status}. */
    public static Answer awaitStatus(int port, String user, int status, String path, int seconds) throws Exception {
        long end = System.currentTimeMillis() + seconds * 1000L;
        Answer last = null;
        while (System.currentTimeMillis() < end) {
            last = call(port, "GET", path, user, (String) null);
            if (last.status() == status) {
                return last;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("Expected " + status + " from " + path + " within " + seconds + " s; last: " + last + logProblems());
    }

    /** Every first group of {@code regex} in {@code text}, sorted. */
    public static java.util.TreeSet<String> all(String text, String regex) {
        java.util.TreeSet<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The first group of {@code regex} in {@code text}; fails the test when there is none. */
    public static String first(String text, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("No " + regex + " in " + text);
        }
        return m.group(1);
    }
}
