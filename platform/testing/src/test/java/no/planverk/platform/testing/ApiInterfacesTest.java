package no.planverk.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every interface in an exported package of the repository (platform, ui, modules, examples and the archetype) says
 * who implements it, @ProviderType or @ConsumerType, so bnd's baseline knows whether a new method is a minor or
 * a major step (docs/api-versioning.md). The annotations are not kept at run time, so the sources are read.
 */
class ApiInterfacesTest {

    private static final Pattern INTERFACE = Pattern.compile("^\\s*(?:public |protected )?(?:static )?(?:sealed |non-sealed )?interface (\\w+)",
            Pattern.MULTILINE);
    private static final Pattern ANNOTATION_LINES = Pattern.compile("(?:\\s*@[\\w.]+(?:\\([^)]*\\))?\\s*)*$");

    @Test
    void everyApiInterfaceSaysWhoImplementsIt() throws IOException {
        Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();
        List<Path> packages = exportedPackages(root);
        assertTrue(packages.size() >= 10, "exported packages found: " + packages);
        List<String> missing = new ArrayList<>();
        for (Path dir : packages) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> missing.addAll(unannotated(root, f)));
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void findsAnInterfaceWithoutEither() {
        assertEquals(List.of("Bare"), unannotated("package p;\n/** Doc. */\npublic interface Bare {\n}\n"));
        assertEquals(List.of(), unannotated("package p;\n@ProviderType\npublic interface Given {\n}\n"));
        assertEquals(List.of("Inner"), unannotated("@ConsumerType\npublic interface Outer {\n    @FunctionalInterface\n    interface Inner {}\n}\n"));
        assertEquals(List.of(), unannotated("public final class C {\n    @FunctionalInterface\n    @ConsumerType\n    public interface H {}\n}\n"));
    }

    private static List<Path> exportedPackages(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.endsWith("package-info.java") && p.toString().contains("src" + java.io.File.separator + "main"))
                    .filter(p -> !p.toString().contains(java.io.File.separator + "target" + java.io.File.separator))
                    .filter(p -> read(p).contains("@Export")).map(Path::getParent).sorted().toList();
        }
    }

    private static List<String> unannotated(Path root, Path file) {
        return unannotated(read(file)).stream().map(name -> root.relativize(file) + ": " + name).toList();
    }

    /** The interfaces declared in this source whose annotations (the lines just above) name neither type. */
    static List<String> unannotated(String source) {
        List<String> out = new ArrayList<>();
        Matcher m = INTERFACE.matcher(source);
        while (m.find()) {
            String before = source.substring(0, m.start());
            Matcher a = ANNOTATION_LINES.matcher(before);
            String annotations = a.find() ? before.substring(a.start()) : "";
            if (!annotations.contains("@ProviderType") && !annotations.contains("@ConsumerType")) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
