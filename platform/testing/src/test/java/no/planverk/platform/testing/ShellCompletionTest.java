package no.planverk.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every option and argument of every Karaf command in the main code of the platform, the modules and the examples
 * has a completer ({@code @Completion}), unless it is a flag or a free number or text listed below with the reason.
 * So ids, units, years, files and enum values complete with Tab everywhere (issue 21 §5).
 */
class ShellCompletionTest {

    /** "scope:name option" → why it takes no completer. */
    private static final Map<String, String> FREE = Map.ofEntries(
            Map.entry("planverk:audit -n", "a count"),
            Map.entry("competence:retirements --years", "a count of years ahead, not a year"),
            Map.entry("competence:retirements --retirement-age", "an age"),
            Map.entry("competence:retirements --turnover", "a rate"),
            Map.entry("forecast:run --delay-per-decade", "a number of years"),
            Map.entry("measures:list --text", "free text"),
            Map.entry("measures:list --limit", "a count"),
            Map.entry("plans:list --text", "free text"),
            Map.entry("plans:list --limit", "a count"),
            Map.entry("volunteers:reminders --days", "a count of days"),
            Map.entry("volunteers:reminders --months", "a count of months"));

    private static final Pattern COMMAND = Pattern.compile("@Command\\(scope = \"([^\"]+)\", name = \"([^\"]+)\"");
    private static final Pattern NAME = Pattern.compile("name = \"([^\"]+)\"");

    @Test
    void everyIdUnitYearFileAndEnumOptionCompletes() throws IOException {
        Path root = Path.of("").toAbsolutePath().resolve("../..").normalize();
        List<String> commands = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(p -> p.toString().endsWith(".java")).map(p -> root.relativize(p).toString().replace(File.separatorChar, '/'))
                    .filter(p -> p.contains("src/main/java/") && !p.contains("/target/")).sorted()
                    .forEach(p -> {
                        String text = read(root.resolve(p));
                        Matcher c = COMMAND.matcher(text);
                        if (c.find()) {
                            String command = c.group(1) + ":" + c.group(2);
                            commands.add(command);
                            missing.addAll(withoutCompleter(command, text));
                        }
                    });
        }
        assertTrue(commands.containsAll(List.of("planverk:module", "plans:document", "consultation:list", "bustad:list")), commands.toString());
        assertEquals(List.of(), missing);
    }

    /** The options and arguments of one command's source that have no completer, are no flag and are not in FREE. */
    static List<String> withoutCompleter(String command, String source) {
        List<String> missing = new ArrayList<>();
        List<String> lines = source.lines().map(String::strip).toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("@Option(") && !lines.get(i).startsWith("@Argument(")) {
                continue;
            }
            Matcher n = NAME.matcher(lines.get(i));
            String name = n.find() ? n.group(1) : "?";
            StringBuilder block = new StringBuilder();
            int j = i;
            while (j < lines.size() && !(lines.get(j).endsWith(";") && !lines.get(j).startsWith("@"))) {
                block.append(lines.get(j)).append('\n');
                j++;
            }
            String field = j < lines.size() ? lines.get(j) : "";
            boolean flag = field.startsWith("boolean ");
            if (!block.toString().contains("@Completion(") && !flag && !FREE.containsKey(command + " " + name)) {
                missing.add(command + " " + name + " (" + field + ")");
            }
            i = j;
        }
        return missing;
    }

    @Test
    void theScanSeesAMissingCompleter() {
        String source = """
                @Option(name = "--unit", description = "The unit's code")
                String unit;

                @Option(name = "--year", description = "A year")
                @Completion(YearCompleter.class)
                Integer year;

                @Option(name = "--open", description = "Only open ones")
                boolean open;
                """;
        assertEquals(List.of("x:list --unit (String unit;)"), withoutCompleter("x:list", source));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
