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

    /**
     * A problem the project accepts for now (accepted-risks.csv): the artifact and version below its floor, inside the jar
     * whose system/ path starts with {@code where}, and why it cannot be raised. Anything else below a floor still fails.
     */
    record Accepted(String where, String artifact, String version, String reason) {
        boolean covers(String problem) {
            return problem.startsWith(artifact + " " + version + " (") && problem.contains(where);
        }
    }

    static List<Accepted> readAccepted(Path csv) throws IOException {
        List<Accepted> accepted = new ArrayList<>();
        for (String line : Files.readAllLines(csv)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split(",", 4);
            if (f.length < 4) throw new IllegalArgumentException("accepted risks: 4 fields expected: " + line);
            accepted.add(new Accepted(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim()));
        }
        return accepted;
    }

    public static void main(String[] args) throws IOException {
        List<Floor> floors = readFloors(Path.of(args[1]));
        if (args[0].equals("selftest")) {
            SelfTest.run(floors);
            System.out.println("Version floor self-test passed (" + floors.size() + " floors)");
            return;
        }
        Path system = Path.of(args[2]);
        List<Found> found = scan(system);
        List<Accepted> accepted = args.length > 3 ? readAccepted(Path.of(args[3])) : List.of();
        List<String> problems = new ArrayList<>();
        for (String p : check(floors, found)) {
            Accepted a = accepted.stream().filter(x -> x.covers(p)).findFirst().orElse(null);
            if (a == null) {
                problems.add(p);
            } else {
                System.out.println("Version floor: accepted residual risk (" + args[3] + "): " + p + " -- " + a.reason());
            }
        }
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
                String self = group + ":" + rel.getName(n - 3);
                found.add(new Found(self, rel.getName(n - 2).toString(), where));
                found.addAll(fromManifest(jar, where));
                found.addAll(inlined(jar, where, self));
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

    /**
     * Libraries whose classes a jar carries inside its own packages (shaded or private, without Embedded-Artifacts): a
     * Maven {@code pom.properties} of another artifact, and Jackson's {@code PackageVersion} classes, which name their
     * artifact and version (Karaf's feature service carries Jackson this way).
     */
    static List<Found> inlined(Path jar, String where, String self) throws IOException {
        List<Found> found = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (java.util.jar.JarEntry e : java.util.Collections.list(file.entries())) {
                String name = e.getName();
                if (name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties")) {
                    java.util.Properties p = new java.util.Properties();
                    try (var in = file.getInputStream(e)) {
                        p.load(in);
                    }
                    String ga = p.getProperty("groupId") + ":" + p.getProperty("artifactId");
                    if (p.getProperty("version") != null && !ga.equals(self)) {
                        found.add(new Found(ga, p.getProperty("version"), "inlined in " + where));
                    }
                } else if (name.startsWith("com/fasterxml/jackson/") && name.endsWith("/PackageVersion.class")) {
                    byte[] bytes;
                    try (var in = file.getInputStream(e)) {
                        bytes = in.readAllBytes();
                    }
                    List<String> texts = utf8Constants(bytes);
                    for (int i = 0; i + 2 < texts.size(); i++) {
                        if (texts.get(i).matches("\\d+\\.\\d+\\.\\d+.*") && texts.get(i + 1).startsWith("com.fasterxml.jackson")
                                && texts.get(i + 2).startsWith("jackson-")) {
                            String ga = texts.get(i + 1) + ":" + texts.get(i + 2);
                            if (!ga.equals(self)) {
                                found.add(new Found(ga, texts.get(i), "inlined in " + where + " (" + name + ")"));
                            }
                            break;
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The text constants of a class file's constant pool, in their order. */
    static List<String> utf8Constants(byte[] c) {
        List<String> out = new ArrayList<>();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(c);
        if (c.length < 10 || b.getInt() != 0xCAFEBABE) return out;
        b.getShort();
        b.getShort();
        int count = b.getShort() & 0xFFFF;
        for (int i = 1; i < count; i++) {
            int tag = b.get() & 0xFF;
            switch (tag) {
                case 1 -> {
                    byte[] text = new byte[b.getShort() & 0xFFFF];
                    b.get(text);
                    out.add(new String(text, java.nio.charset.StandardCharsets.UTF_8));
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> b.position(b.position() + 4);
                case 5, 6 -> {
                    b.position(b.position() + 8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> b.position(b.position() + 2);
                case 15 -> b.position(b.position() + 3);
                default -> {
                    return out;
                }
            }
        }
        return out;
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
                // libraries inlined without Embedded-Artifacts: a pom.properties of another artifact, Jackson's PackageVersion
                entries(system, "org/apache/karaf/features/org.apache.karaf.features.core/4.4.10/org.apache.karaf.features.core-4.4.10.jar",
                        java.util.Map.of("META-INF/maven/org.apache.karaf.features/org.apache.karaf.features.core/pom.properties",
                                "groupId=org.apache.karaf.features\nartifactId=org.apache.karaf.features.core\nversion=4.4.10\n".getBytes(),
                                "com/fasterxml/jackson/databind/cfg/PackageVersion.class",
                                classWith("2.21.0", "com.fasterxml.jackson.core", "jackson-databind")));
                entries(system, "no/planverk/no.planverk.plans.core/1/no.planverk.plans.core-1.jar", java.util.Map.of(
                        "META-INF/maven/org.apache.commons/commons-compress/pom.properties",
                        "groupId=org.apache.commons\nartifactId=commons-compress\nversion=1.21\n".getBytes()));
                List<String> problems = check(floors, scan(system));
                expect(problems.size() == 5, "5 problems expected, found " + problems);
                expect(problems.stream().anyMatch(p -> p.startsWith("com.fasterxml.jackson.core:jackson-databind 2.21.0 (inlined in "
                        + "system/org/apache/karaf/features/")), "Jackson inlined in Karaf's feature service: " + problems);
                expect(problems.stream().anyMatch(p -> p.startsWith("org.apache.commons:commons-compress 1.21 (inlined in")),
                        "a library's pom.properties in another jar: " + problems);
                Accepted karaf = new Accepted("system/org/apache/karaf/features/org.apache.karaf.features.core/4.4.10/",
                        "com.fasterxml.jackson.core:jackson-databind", "2.21.0", "test");
                expect(problems.stream().filter(karaf::covers).count() == 1, "an accepted risk covers its line only: " + problems);
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

        private static void entries(Path root, String path, java.util.Map<String, byte[]> entries) throws IOException {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file), manifest)) {
                for (var e : entries.entrySet()) {
                    out.putNextEntry(new java.util.jar.JarEntry(e.getKey()));
                    out.write(e.getValue());
                    out.closeEntry();
                }
            }
        }

        /** A class file whose constant pool holds just these texts, as Jackson's PackageVersion holds version, group, artifact. */
        private static byte[] classWith(String... texts) throws IOException {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
            out.writeInt(0xCAFEBABE);
            out.writeShort(0);
            out.writeShort(61);
            out.writeShort(texts.length + 1);
            for (String t : texts) {
                out.writeByte(1);
                out.writeUTF(t);
            }
            return bytes.toByteArray();
        }

        private static void expect(boolean ok, String what) {
            if (!ok) throw new AssertionError("version floor self-test failed: " + what);
        }
    }
}
