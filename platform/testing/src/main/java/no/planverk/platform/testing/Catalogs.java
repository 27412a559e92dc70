package no.planverk.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.MessageCatalog;
import no.planverk.platform.api.Translator;

/**
 * Checks of a module's message texts for its tests: nynorsk, bokmål and English hold the same keys with valid patterns,
 * every key the code uses is there, and rendered text holds no English sentence. Also a translator over catalogs, for
 * view tests.
 */
public final class Catalogs {

    private static final Set<String> ENGLISH = Set.of("the", "is", "are", "was", "were", "must", "cannot", "there", "with",
            "already", "should", "which", "been", "could", "does", "not", "has", "have", "this", "that", "only", "please",
            "found", "missing", "empty", "unknown", "between", "after", "before", "needs", "use");

    private Catalogs() {
    }

    /** The nynorsk, bokmål and English files of {@code baseName} (e.g. {@code no.planverk.x.core.internal.messages}). */
    public static Map<String, Properties> files(Class<?> anchor, String baseName) {
        String path = baseName.replace('.', '/');
        return Map.of("nn", read(anchor, path + ".properties"), "nb", read(anchor, path + "_nb.properties"),
                "en", read(anchor, path + "_en.properties"));
    }

    /** Problems: keys missing in a language, patterns that do not parse, placeholders that differ between languages. */
    public static List<String> problems(Class<?> anchor, String baseName) {
        Map<String, Properties> files = files(anchor, baseName);
        Set<String> all = new TreeSet<>();
        files.values().forEach(p -> all.addAll(p.stringPropertyNames()));
        List<String> problems = new ArrayList<>();
        for (String key : all) {
            Set<Integer> first = null;
            for (String lang : List.of("nn", "nb", "en")) {
                String pattern = files.get(lang).getProperty(key);
                if (pattern == null) {
                    problems.add(key + ": no " + lang + " text");
                    continue;
                }
                try {
                    Set<Integer> args = placeholders(new MessageFormat(pattern, Locale.ENGLISH));
                    if (first == null) {
                        first = args;
                    } else if (!first.equals(args)) {
                        problems.add(key + ": " + lang + " uses placeholders " + args + ", nynorsk " + first);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(key + ": the " + lang + " text is not a valid pattern: " + e.getMessage());
                }
            }
        }
        return problems;
    }

    /** The keys starting with {@code prefix.} written as string literals in the Java files under {@code sources} that the nynorsk file lacks. */
    public static List<String> unknownKeys(Path sources, String prefix, Class<?> anchor, String baseName) {
        Properties nn = files(anchor, baseName).get("nn");
        Pattern literal = Pattern.compile("\"(" + Pattern.quote(prefix) + "\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])\"");
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    Matcher m = literal.matcher(Files.readString(p));
                    List<String> found = new ArrayList<>();
                    while (m.find()) {
                        if (!nn.containsKey(m.group(1))) {
                            found.add(m.group(1) + " (" + p.getFileName() + ")");
                        }
                    }
                    return found.stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of {@code text} that read as English (two or more common English words that Norwegian does not use). */
    public static List<String> englishSentences(String text) {
        return Arrays.stream(text.split("\\R")).filter(line -> {
            Set<String> words = Arrays.stream(line.toLowerCase(Locale.ROOT).split("[^a-z']+")).collect(Collectors.toSet());
            return words.stream().filter(ENGLISH::contains).count() >= 2;
        }).toList();
    }

    /** A translator over {@code catalogs}, as the platform's (English when a key is missing). */
    public static Translator translator(MessageCatalog... catalogs) {
        Map<String, MessageCatalog> byPrefix = Arrays.stream(catalogs).collect(Collectors.toMap(MessageCatalog::prefix, Function.identity()));
        return (message, locale) -> {
            MessageCatalog c = message.key() == null ? null : byPrefix.get(message.prefix());
            return c == null ? message.english()
                    : c.pattern(message.key(), locale).map(p -> new MessageFormat(p, locale).format(message.args().toArray()))
                            .orElse(message.english());
        };
    }

    /** For a quick check in a test: {@code message} in nynorsk with {@code catalogs}. */
    public static String nynorsk(Message message, MessageCatalog... catalogs) {
        return translator(catalogs).text(message, Locale.forLanguageTag("nn-NO"));
    }

    private static Set<Integer> placeholders(MessageFormat format) {
        Set<Integer> args = new TreeSet<>();
        Object[] probe = new Object[20];
        for (int i = 0; i < probe.length; i++) {
            probe[i] = "\u0001" + i + "\u0002";
        }
        String out;
        try {
            out = format.format(probe);
        } catch (IllegalArgumentException e) {
            // a number or date placeholder: count by the pattern instead
            Matcher m = Pattern.compile("\\{(\\d+)").matcher(format.toPattern());
            while (m.find()) {
                args.add(Integer.parseInt(m.group(1)));
            }
            return args;
        }
        Matcher m = Pattern.compile("\u0001(\\d+)\u0002").matcher(out);
        while (m.find()) {
            args.add(Integer.parseInt(m.group(1)));
        }
        return args;
    }

    private static Properties read(Class<?> anchor, String resource) {
        Properties p = new Properties();
        try (InputStream in = anchor.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " beside " + anchor.getName());
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
