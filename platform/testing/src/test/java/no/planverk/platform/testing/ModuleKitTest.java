package no.planverk.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module kit is used, not rewritten: in the main code of the platform, the shell, the modules and the examples,
 * a Jackson mapper comes from JsonMappers, date-picker and upload texts from Pickers (and every picker and upload made
 * is localised by it), the shell user from ShellUser.
 */
class ModuleKitTest {

    /** What may appear only in the one file that owns it. */
    private static final Map<String, String> OWNED = Map.of(
            "new ObjectMapper(", "platform/core/src/main/java/no/planverk/platform/json/JsonMappers.java",
            "JsonMapper.builder(", "platform/core/src/main/java/no/planverk/platform/json/JsonMappers.java",
            "DatePickerI18n", "ui/src/main/java/no/planverk/ui/api/Pickers.java",
            "UploadI18N", "ui/src/main/java/no/planverk/ui/api/Pickers.java",
            "Subject.getSubject(", "platform/core/src/main/java/no/planverk/platform/shell/ShellUser.java");

    /** The test kit itself reads OpenAPI fragments with a plain mapper: it is not deployed. */
    private static final String TEST_KIT = "platform/testing/";

    @Test
    void sharedPiecesAreWrittenOnce() throws IOException {
        Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();
        List<String> found = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(p -> p.toString().endsWith(".java")).map(p -> root.relativize(p).toString().replace(File.separatorChar, '/'))
                    .filter(p -> p.contains("src/main/java/") && !p.contains("/target/") && !p.startsWith(TEST_KIT)).sorted()
                    .forEach(p -> {
                        String text = read(root.resolve(p));
                        OWNED.forEach((what, owner) -> {
                            if (!p.equals(owner) && text.contains(what)) {
                                found.add(p + ": " + what);
                            }
                        });
                    });
        }
        assertEquals(List.of(), found);
    }

    /** A date picker or an upload made anywhere is localised through Pickers, so none shows English month names or "Retry". */
    @Test
    void everyDatePickerAndUploadIsLocalised() throws IOException {
        Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();
        List<String> found = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(p -> p.toString().endsWith(".java")).map(p -> root.relativize(p).toString().replace(File.separatorChar, '/'))
                    .filter(p -> p.contains("src/main/java/") && !p.contains("/target/") && !p.startsWith(TEST_KIT)
                            && !p.equals("ui/src/main/java/no/planverk/ui/api/Pickers.java")).sorted()
                    .forEach(p -> {
                        String text = read(root.resolve(p));
                        for (String made : List.of("new DatePicker(", "new DateTimePicker(", "new Upload(")) {
                            if (text.contains(made) && !text.contains("Pickers.")) {
                                found.add(p + ": " + made + " without Pickers");
                            }
                        }
                    });
        }
        assertEquals(List.of(), found);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
