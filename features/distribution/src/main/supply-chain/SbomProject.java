import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the Maven project from which cyclonedx-maven-plugin makes the distribution's SBOM (docs/supply-chain.md):
 * {@code java SbomProject.java <system dir> <project dir> <version> <cyclonedx version> <output dir>}.
 * Every jar in system/ becomes a dependency, and so does every library a Planverk bundle embeds (its Embedded-Artifacts,
 * copied out of the bundle so the SBOM hashes the very file). The dependencies are system-scoped: many of Karaf's
 * bundles have poms whose parents the registry does not serve, and a bundle's own dependencies are bundles of their own.
 * A group:artifact in system/ twice (two versions) goes into a second module, since one pom cannot list it twice.
 */
public final class SbomProject {

    record Dependency(String group, String artifact, String version, String classifier, Path file) {
        String key() { return group + ":" + artifact + ":" + classifier; }
        String xml() {
            return "    <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>%s<scope>system</scope><systemPath>%s</systemPath></dependency>\n"
                    .formatted(group, artifact, version, classifier.isEmpty() ? "" : "<classifier>" + classifier + "</classifier>",
                            file.toAbsolutePath());
        }
    }

    private static final Pattern EMBEDDED = Pattern.compile("([^,;\\s]+\\.jar);g=\"([^\"]+)\";a=\"([^\"]+)\";v=\"([^\"]+)\"(?:;c=\"([^\"]+)\")?");

    public static void main(String[] args) throws IOException {
        Path system = Path.of(args[0]), project = Path.of(args[1]);
        String version = args[2], cyclonedx = args[3], output = Path.of(args[4]).toAbsolutePath().toString();
        List<Dependency> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(system)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                Dependency d = fromPath(system.relativize(jar), jar);
                if (d == null) continue;
                all.add(d);
                if (d.group().equals("no.planverk")) all.addAll(embedded(jar, project.resolve("embedded").resolve(d.artifact())));
            }
        }
        // one module per occurrence of a group:artifact:classifier; a library two bundles embed counts once
        List<StringBuilder> parts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        java.util.Set<String> versions = new java.util.HashSet<>();
        for (Dependency d : all) {
            if (!versions.add(d.key() + ":" + d.version())) continue;
            int n = seen.merge(d.key(), 1, Integer::sum);
            if (n > parts.size()) parts.add(new StringBuilder());
            parts.get(n - 1).append(d.xml());
        }
        StringBuilder modules = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String name = "part-" + (i + 1);
            modules.append("    <module>").append(name).append("</module>\n");
            Files.createDirectories(project.resolve(name));
            Files.writeString(project.resolve(name).resolve("pom.xml"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <project xmlns="http://maven.apache.org/POM/4.0.0">
                      <modelVersion>4.0.0</modelVersion>
                      <parent><groupId>no.planverk</groupId><artifactId>planverk-distribution</artifactId><version>%s</version></parent>
                      <artifactId>planverk-distribution-%s</artifactId>
                      <packaging>pom</packaging>
                      <dependencies>
                    %s  </dependencies>
                    </project>
                    """.formatted(version, name, parts.get(i)));
        }
        Files.writeString(project.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by the build of features/distribution (src/main/supply-chain/SbomProject.java) -->
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>no.planverk</groupId>
                  <artifactId>planverk-distribution</artifactId>
                  <version>%s</version>
                  <packaging>pom</packaging>
                  <name>Planverk distribution</name>
                  <description>The bundles in the distribution's system/ folder and the libraries Planverk's bundles embed</description>
                  <licenses><license><name>Apache-2.0</name></license></licenses>
                  <modules>
                %s  </modules>
                  <build><plugins><plugin>
                    <groupId>org.cyclonedx</groupId><artifactId>cyclonedx-maven-plugin</artifactId><version>%s</version>
                    <configuration>
                      <projectType>application</projectType>
                      <outputFormat>all</outputFormat>
                      <outputName>planverk-sbom</outputName>
                      <outputDirectory>%s</outputDirectory>
                      <includeSystemScope>true</includeSystemScope>
                      <includeTestScope>false</includeTestScope>
                    </configuration>
                  </plugin></plugins></build>
                </project>
                """.formatted(version, modules, cyclonedx, output));
        System.out.println("SBOM project: " + all.size() + " jars (bundles in " + system + " and what Planverk's bundles "
                + "embed) in " + parts.size() + " module(s) under " + project);
    }

    /** A Maven-layout path group/…/artifact/version/artifact-version[-classifier].jar. */
    static Dependency fromPath(Path rel, Path file) {
        int n = rel.getNameCount();
        if (n < 4) return null;
        String group = rel.subpath(0, n - 3).toString().replace(rel.getFileSystem().getSeparator(), ".");
        String artifact = rel.getName(n - 3).toString(), version = rel.getName(n - 2).toString();
        String name = rel.getName(n - 1).toString(), prefix = artifact + "-" + version;
        if (!name.startsWith(prefix)) return null;
        String rest = name.substring(prefix.length(), name.length() - ".jar".length());
        return new Dependency(group, artifact, version, rest.startsWith("-") ? rest.substring(1) : "", file);
    }

    /** The jars a bundle embeds (maven-bundle-plugin's Embedded-Artifacts), copied out of it into {@code into}. */
    static List<Dependency> embedded(Path bundle, Path into) throws IOException {
        List<Dependency> found = new ArrayList<>();
        try (JarFile jar = new JarFile(bundle.toFile())) {
            String header = jar.getManifest() == null ? null : jar.getManifest().getMainAttributes().getValue("Embedded-Artifacts");
            if (header == null) return found;
            Matcher m = EMBEDDED.matcher(header);
            while (m.find()) {
                var entry = jar.getJarEntry(m.group(1));
                if (entry == null) continue;
                Path file = into.resolve(Path.of(m.group(1)).getFileName().toString());
                Files.createDirectories(into);
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                found.add(new Dependency(m.group(2), m.group(3), m.group(4), m.group(5) == null ? "" : m.group(5), file));
            }
        }
        return found;
    }
}
