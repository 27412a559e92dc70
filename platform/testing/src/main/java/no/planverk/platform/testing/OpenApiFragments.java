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
import no.planverk.platform.api.route.Routes;

/**
 * Checks an endpoint's OpenAPI fragment ({@code openapi/<path>.json} in its bundle, merged by the platform into
 * {@code /api/v1/openapi.json}) against its code: every described path lies under the endpoint's path and every
 * operation has a summary; every word the endpoint's code switches on ({@code case "goals"}, {@code equals("export")})
 * appears in the fragment, as a path segment or a described value. Returns the problems, empty when none.
 */
public final class OpenApiFragments {

    private static final Pattern LITERAL = Pattern.compile("(?:case |equals\\()\"([a-z][a-z0-9-]*)\"");
    /** A route of a {@code Routes} table: {@code .get("/{id}/reports", ...)}. */
    private static final Pattern ROUTE = Pattern.compile("\\.(?:get|post|put|patch|delete)\\(\"(/[^\"]*)\"");
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
            Set<String> routed = routeWords(code);
            List<String> unknown = new ArrayList<>();
            new ObjectMapper().readTree(fragment).path("paths").fieldNames().forEachRemaining(path -> {
                for (String segment : path.substring(1).split("/")) {
                    if (!segment.startsWith("{") && !code.toString().contains("\"" + segment + "\"") && !routed.contains(segment)) {
                        unknown.add(path);
                    }
                }
            });
            return unknown;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compares a {@link Routes} table with its fragment both ways: every route (method and path) is described, and every
     * described operation is a route. Parameter names do not count ({@code /{id}} is {@code /{goalId}}).
     */
    public static List<String> routeProblems(Routes routes, InputStream fragment) {
        Set<String> described = new TreeSet<>();
        try (fragment) {
            JsonNode paths = new ObjectMapper().readTree(fragment).path("paths");
            for (Iterator<String> it = paths.fieldNames(); it.hasNext();) {
                String path = it.next();
                for (Iterator<String> ops = paths.get(path).fieldNames(); ops.hasNext();) {
                    String op = ops.next();
                    if (METHODS.contains(op)) {
                        described.add(op.toUpperCase(java.util.Locale.ROOT) + " " + anyName(path));
                    }
                }
            }
        } catch (IOException | NullPointerException e) {
            return List.of("no readable fragment for /" + routes.path() + ": " + e.getMessage());
        }
        Set<String> routed = new TreeSet<>();
        for (Routes.Route r : routes.routes()) {
            routed.add(r.method() + " " + anyName("/" + routes.path() + r.openApiPath()));
        }
        List<String> problems = new ArrayList<>();
        routed.stream().filter(r -> !described.contains(r)).forEach(r -> problems.add(r + " is a route but not described"));
        described.stream().filter(d -> !routed.contains(d)).forEach(d -> problems.add(d + " is described but no route"));
        return problems;
    }

    private static String anyName(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
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

    /** The literal segments of the route patterns in {@code code}. */
    static Set<String> routeWords(CharSequence code) {
        Set<String> words = new TreeSet<>();
        Matcher m = ROUTE.matcher(code);
        while (m.find()) {
            for (String segment : m.group(1).split("/")) {
                if (!segment.isEmpty() && !segment.startsWith("{")) {
                    words.add(segment);
                }
            }
        }
        return words;
    }

    /** The lower-case words the endpoint's source files switch on or name in a route. */
    static Set<String> literals(List<Path> sources) {
        Set<String> words = new TreeSet<>();
        for (Path source : sources) {
            try (Stream<Path> files = Files.isDirectory(source) ? Files.walk(source) : Stream.of(source)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(f);
                    Matcher m = LITERAL.matcher(code);
                    while (m.find()) {
                        words.add(m.group(1));
                    }
                    words.addAll(routeWords(code));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return words;
    }
}
