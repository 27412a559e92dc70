package no.planverk.plans.ui.internal.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.IndicatorStatus;
import no.planverk.plans.api.Ownership;
import no.planverk.plans.api.ThreadNode;
import no.planverk.ui.api.Texts;
import org.junit.jupiter.api.Test;

/** Every text of the goal, thread, indicator and program views in nynorsk, bokmål and English. */
class GoalTextsTest {

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = GoalTexts.class.getResourceAsStream("messages" + suffix + ".properties");
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() throws IOException {
        TreeSet<String> nn = new TreeSet<>(load("").stringPropertyNames());
        assertEquals(nn, new TreeSet<>(load("_nb").stringPropertyNames()));
        assertEquals(nn, new TreeSet<>(load("_en").stringPropertyNames()));
    }

    @Test
    void everyEnumValueAndEveryKeyInTheCodeHasATextInEachLanguage() throws IOException {
        List<String> keys = new ArrayList<>(literalKeys());
        Stream.of(GoalLevel.values()).forEach(l -> keys.add("level." + l.id()));
        Stream.of(Ownership.values()).forEach(o -> keys.addAll(List.of("ownership." + o.id(), "ownership." + o.id() + ".help")));
        Stream.of(IndicatorStatus.values()).forEach(s -> keys.add("status." + s.name()));
        Stream.of(ThreadNode.Kind.values()).forEach(k -> keys.add("kind." + k.name()));
        Stream.of("steering", "working", "reference", "other").forEach(r -> keys.add("role." + r));
        for (int i = 1; i <= 17; i++) {
            keys.add("sdg." + i);
        }
        for (Locale locale : Texts.supported()) {
            for (String key : keys) {
                String text = GoalTexts.TEXTS.get(locale, key);
                assertFalse(text.startsWith("!"), key + " is missing in " + locale);
            }
        }
        assertEquals("Raud tråd", GoalTexts.TEXTS.get(Texts.NYNORSK, "thread.menu"));
        assertEquals("Rød tråd", GoalTexts.TEXTS.get(Texts.BOKMAL, "thread.menu"));
        assertEquals("Due in 3 days", GoalTexts.TEXTS.get(Texts.ENGLISH, "program.consultation.soon", 3L));
    }

    /** The keys written as {@code t("…")} in the sources of the two packages. */
    private static List<String> literalKeys() throws IOException {
        Pattern call = Pattern.compile("\\bt\\(\"([a-zA-Z0-9.-]+)\"");
        Path root = Path.of("src/main/java/no/planverk/plans/ui/internal");
        List<String> keys = new ArrayList<>();
        for (String pkg : List.of("goals", "program")) {
            try (Stream<Path> files = Files.list(root.resolve(pkg))) {
                for (Path f : files.toList()) {
                    Matcher m = call.matcher(Files.readString(f));
                    while (m.find()) {
                        if (!m.group(1).endsWith(".")) {
                            keys.add(m.group(1));
                        }
                    }
                }
            }
        }
        return keys;
    }
}
