package no.planverk.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks an endpoint's OpenAPI fragment ({@code openapi/<path>.json} in its bundle, merged by the platform into
 * {@code /api/v1/openapi.json}) against its code: every described path lies under the endpoint's path and every
 * operation has a summary; every word the endpoint's code switches on ({@code case "goals"}, {@code equals("export")})
 * appears in the fragment, as a path segment or a described value. Returns the problems, empty when none.
 */
public final class OpenApiFragments {

    private static final Pattern LITERAL = Pattern.compile("(?:case |equals\\()\"([a-z][a-z0-9-]*)\"");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private OpenApiFragments() {
    }

    /**
     * The described paths with a fixed segment that no Java file under {@code sources} names as a string literal: a
     * described route the endpoint's code does not serve.
     */
    public static List<String> unknownSegments(InputStream fragment, List<Path> sources) {
        StringBuilder code = new StringBuilder();
        try {
            for (Path source : sources) {
                try (Stream<Path> files = Files.walk(source)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                        code.append(Files.readString(f));
                    }
                }
            }
            List<String> unknown = new ArrayList<>();
            new ObjectMapper().readTree(fragment).path("paths").fieldNames().forEachRemaining(path -> {
                for (String segment : path.substring(1).split("/")) {
                    if (!segment.startsWith("{") && !code.toString().contains("\"" + segment + "\"")) {
                        unknown.add(path);
                    }
                }
            });
            return unknown;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> problems(String endpointPath, InputStream fragment, List<Path> sources) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try (fragment) {
            root = new ObjectMapper().readTree(fragment);
        } catch (IOException | NullPointerException e) {
            return List.of("no readable fragment openapi/" + endpointPath + ".json: " + e.getMessage());
        }
        JsonNode paths = root.path("paths");
        if (!paths.isObject() || paths.isEmpty()) {
            return List.of("the fragment describes no paths");
        }
        for (Iterator<String> it = paths.fieldNames(); it.hasNext();) {
            String path = it.next();
            if (!path.equals("/" + endpointPath) && !path.startsWith("/" + endpointPath + "/")) {
                problems.add(path + " is not under /" + endpointPath);
            }
            for (Iterator<String> ops = paths.get(path).fieldNames(); ops.hasNext();) {
                String op = ops.next();
                if (METHODS.contains(op) && paths.get(path).get(op).path("summary").asText().isBlank()) {
                    problems.add(op.toUpperCase() + " " + path + " has no summary");
                } else if (!METHODS.contains(op) && !op.equals("parameters")) {
                    problems.add(path + " has an unknown key '" + op + "'");
                }
            }
        }
        String text = root.toString();
        for (String word : literals(sources)) {
            if (!text.contains("/" + word + "\"") && !text.contains("/" + word + "/") && !text.contains("\"" + word + "\"")) {
                problems.add("the code answers '" + word + "' but the fragment does not describe it");
            }
        }
        return problems;
    }

    /** The lower-case words the endpoint's source files switch on. */
    static Set<String> literals(List<Path> sources) {
        Set<String> words = new TreeSet<>();
        for (Path source : sources) {
            try (Stream<Path> files = Files.isDirectory(source) ? Files.walk(source) : Stream.of(source)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = LITERAL.matcher(Files.readString(f));
                    while (m.find()) {
                        words.add(m.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return words;
    }
}
