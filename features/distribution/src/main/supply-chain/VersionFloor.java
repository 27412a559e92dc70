import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The version floor of the distribution (docs/supply-chain.md), run by the build of features/distribution with
 * {@code java VersionFloor.java check <version-floor.csv> <system dir>}: fails when a bundle in system/, a library
 * embedded in a bundle (maven-bundle-plugin's Embedded-Artifacts) or a package a bundle exports is older than its
 * floor. {@code selftest <version-floor.csv>} first proves that the check catches what it should.
 */
public final class VersionFloor {

    record Floor(String artifact, String minimum, String advisories, String what) {
        boolean matches(String name) {
            return artifact.endsWith("*") ? name.startsWith(artifact.substring(0, artifact.length() - 1)) : name.equals(artifact);
        }
    }

    /** Something found in the distribution: "group:artifact" or "pkg:name", its version and where it is. */
    record Found(String name, String version, String where) {}

    public static void main(String[] args) throws IOException {
        List<Floor> floors = readFloors(Path.of(args[1]));
        if (args[0].equals("selftest")) {
            SelfTest.run(floors);
            System.out.println("Version floor self-test passed (" + floors.size() + " floors)");
            return;
        }
        Path system = Path.of(args[2]);
        List<Found> found = scan(system);
        List<String> problems = check(floors, found);
        if (!problems.isEmpty()) {
            System.err.println("VERSION FLOOR: " + problems.size() + " artifact(s) in the distribution are older than "
                    + "their floor in " + args[1] + " (docs/supply-chain.md):");
            problems.forEach(p -> System.err.println("  " + p));
            System.exit(1);
        }
        System.out.println("Version floor: " + found.size() + " artifacts and packages in " + system + " checked against "
                + floors.size() + " floors, none older");
    }

    static List<Floor> readFloors(Path csv) throws IOException {
        List<Floor> floors = new ArrayList<>();
        for (String line : Files.readAllLines(csv)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split(",", 4);
            if (f.length < 4) throw new IllegalArgumentException("version floor: 4 fields expected: " + line);
            floors.add(new Floor(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim()));
        }
        return floors;
    }

    /** One line per floor, artifact and jar; a bundle's packages below one floor make one line. */
    static List<String> check(List<Floor> floors, List<Found> found) {
        java.util.Map<String, List<String>> problems = new java.util.LinkedHashMap<>();
        for (Found f : found) {
            for (Floor floor : floors) {
                if (floor.matches(f.name()) && compare(f.version(), floor.minimum()) < 0) {
                    boolean pkg = f.name().startsWith("pkg:");
                    String key = (pkg ? floor.artifact() : f.name()) + " " + f.version() + " (" + f.where() + ")"
                            + " is older than " + floor.minimum() + ": " + floor.advisories();
                    problems.computeIfAbsent(key, k -> new ArrayList<>()).add(f.name().substring(pkg ? 4 : 0));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        problems.forEach((line, names) -> lines.add(line.startsWith("pkg:")
                ? line + " [" + names.size() + " package(s): " + String.join(", ", names.subList(0, Math.min(3, names.size())))
                        + (names.size() > 3 ? ", ..." : "") + "]"
                : line));
        return lines;
    }

    /** Every jar under the Maven-layout folder system/: its coordinates, what it embeds and the packages it exports. */
    static List<Found> scan(Path system) throws IOException {
        List<Found> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(system)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                Path rel = system.relativize(jar);
                int n = rel.getNameCount();
                if (n < 4) continue;
                String group = rel.subpath(0, n - 3).toString().replace(rel.getFileSystem().getSeparator(), ".");
                String where = "system/" + rel.toString().replace('\\', '/');
                found.add(new Found(group + ":" + rel.getName(n - 3), rel.getName(n - 2).toString(), where));
                found.addAll(fromManifest(jar, where));
            }
        }
        return found;
    }

    private static final Pattern EMBEDDED = Pattern.compile("g=\"([^\"]+)\";a=\"([^\"]+)\";v=\"([^\"]+)\"");

    static List<Found> fromManifest(Path jar, String where) throws IOException {
        List<Found> found = new ArrayList<>();
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
        }
        if (manifest == null) return found;
        Attributes main = manifest.getMainAttributes();
        String embedded = main.getValue("Embedded-Artifacts");
        if (embedded != null) {
            Matcher m = EMBEDDED.matcher(embedded);
            while (m.find()) found.add(new Found(m.group(1) + ":" + m.group(2), m.group(3), "embedded in " + where));
        }
        String exports = main.getValue("Export-Package");
        if (exports != null) {
            for (String clause : split(exports, ',')) {
                List<String> names = new ArrayList<>();
                String version = "0.0.0";
                for (String part : split(clause, ';')) {
                    String p = part.trim();
                    if (p.startsWith("version=")) version = p.substring(8).replace("\"", "");
                    else if (!p.contains("=")) names.add(p);
                }
                for (String name : names) found.add(new Found("pkg:" + name, version, "exported by " + where));
            }
        }
        return found;
    }

    /** Splits a manifest header at separators outside quotes. */
    static List<String> split(String header, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') quoted = !quoted;
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** Compares versions piece by piece (12.0.9 before 12.0.39, 2.0.0-M4 before 2.0.0); a missing piece counts as 0. */
    static int compare(String a, String b) {
        List<String> x = pieces(a), y = pieces(b);
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            String p = i < x.size() ? x.get(i) : "0", q = i < y.size() ? y.get(i) : "0";
            boolean pn = p.chars().allMatch(Character::isDigit), qn = q.chars().allMatch(Character::isDigit);
            int c;
            if (pn && qn) c = new java.math.BigInteger(p).compareTo(new java.math.BigInteger(q));
            else if (pn) c = 1;   // a number after a word: 2.0.0 after 2.0.0-M4
            else if (qn) c = -1;
            else c = p.compareToIgnoreCase(q);
            if (c != 0) return c;
        }
        return 0;
    }

    private static List<String> pieces(String version) {
        List<String> pieces = new ArrayList<>();
        Matcher m = Pattern.compile("\\d+|[A-Za-z]+").matcher(version);
        while (m.find()) pieces.add(m.group());
        return pieces;
    }

    /** Proves on made-up jars that the check finds what is older and lets through what is not. */
    static final class SelfTest {
        static void run(List<Floor> floors) throws IOException {
            expect(compare("12.0.32", "12.0.39") < 0, "12.0.32 < 12.0.39");
            expect(compare("12.0.9", "12.0.39") < 0, "12.0.9 < 12.0.39");
            expect(compare("2.21.10", "2.21.8") > 0, "2.21.10 > 2.21.8");
            expect(compare("42.7.14", "42.7.14") == 0, "42.7.14 = 42.7.14");
            expect(compare("2.0.0-M4", "2.0.0") < 0, "2.0.0-M4 < 2.0.0");
            expect(compare("2.0.0-M3", "2.0.0-M4") < 0, "2.0.0-M3 < 2.0.0-M4");
            expect(compare("2.0.0", "2.0.0-M4") > 0, "2.0.0 > 2.0.0-M4");
            expect(compare("1.3", "1.2.16") > 0, "1.3 > 1.2.16");
            Path system = Files.createTempDirectory("version-floor");
            try {
                jar(system, "org/postgresql/postgresql/42.7.3/postgresql-42.7.3.jar", null, null);
                jar(system, "org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar", null, null);
                jar(system, "org/apache/felix/org.apache.felix.http.jetty12/1.1.8/org.apache.felix.http.jetty12-1.1.8.jar",
                        "Export-Package", "org.eclipse.jetty.server;version=\"12.0.32\";uses:=\"org.eclipse.jetty.io,"
                        + "org.eclipse.jetty.util\",org.eclipse.jetty.util;org.eclipse.jetty.io;version=\"12.0.39\"");
                jar(system, "no/planverk/no.planverk.ui/1/no.planverk.ui-1.jar", "Embedded-Artifacts",
                        "jackson-databind-2.21.1.jar;g=\"com.fasterxml.jackson.core\";a=\"jackson-databind\";v=\"2.21.1\"");
                List<String> problems = check(floors, scan(system));
                expect(problems.size() == 3, "3 problems expected, found " + problems);
                expect(problems.stream().anyMatch(p -> p.startsWith("pkg:org.eclipse.jetty.* 12.0.32 (exported by") && p.contains("org.eclipse.jetty.server")),
                        "embedded Jetty: " + problems);
                expect(problems.stream().anyMatch(p -> p.startsWith("com.fasterxml.jackson.core:jackson-databind 2.21.1 (embedded in")),
                        "embedded Jackson: " + problems);
                expect(problems.stream().anyMatch(p -> p.startsWith("org.postgresql:postgresql 42.7.3 (system/org/postgresql/")),
                        "old driver: " + problems);
            } finally {
                try (Stream<Path> files = Files.walk(system)) {
                    for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
        }

        private static void jar(Path root, String path, String header, String value) throws IOException {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            if (header != null) manifest.getMainAttributes().putValue(header, value);
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file), manifest)) {
                out.flush();
            }
        }

        private static void expect(boolean ok, String what) {
            if (!ok) throw new AssertionError("version floor self-test failed: " + what);
        }
    }
}
