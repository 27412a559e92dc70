package no.planverk.platform.api.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The routes of one endpoint: method, path pattern below the endpoint's path, roles and handler, e.g.
 * {@code Routes.of("measures").get("/{id}/reports", this::reports)}. A pattern's segments are literals, numbers
 * ({@code {id}}: a 400 naming it when the segment is not a whole number) or text ({@code {name:text}}). A call goes
 * to the route whose pattern matches with the most literal segments (from the left: {@code /report} before
 * {@code /{id}}); an unmatched path is a 404, a matched path without the method a 405 naming the methods it has.
 * GET routes need no role beyond the endpoint's read role unless given one; other routes need one of the table's
 * writers (by default {@link ApiEndpoint#WRITERS}) unless given their own.
 */
public final class Routes {

    /** What answers a route. */
    @FunctionalInterface
    @ConsumerType
    public interface Handler {
        ApiResponse handle(RouteRequest request);
    }

    /** One route: {@code roles} of which the caller needs one (empty: none beyond the endpoint's read role). */
    public record Route(String method, String pattern, Set<Role> roles, Handler handler) {

        /** The pattern as OpenAPI writes it: {@code /features/{name}/install}. */
        public String openApiPath() {
            return pattern.replace(":text}", "}");
        }

        List<String> segments() {
            return Routes.split(pattern);
        }
    }

    private final String path;
    private final Set<Role> writers;
    private final List<Route> routes = new ArrayList<>();

    private Routes(String path, Set<Role> writers) {
        this.path = path;
        this.writers = Set.copyOf(writers);
    }

    /** The routes of {@code /api/v1/<path>}, written by {@link ApiEndpoint#WRITERS}. */
    public static Routes of(String path) {
        return of(path, ApiEndpoint.WRITERS);
    }

    /** The routes of {@code /api/v1/<path>}; calls other than GET need one of {@code writers} unless a route says otherwise. */
    public static Routes of(String path, Set<Role> writers) {
        return new Routes(path, writers);
    }

    public String path() {
        return path;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    public Routes get(String pattern, Handler handler) {
        return add("GET", pattern, Set.of(), handler);
    }

    public Routes get(String pattern, Set<Role> roles, Handler handler) {
        return add("GET", pattern, roles, handler);
    }

    public Routes post(String pattern, Handler handler) {
        return add("POST", pattern, writers, handler);
    }

    public Routes post(String pattern, Set<Role> roles, Handler handler) {
        return add("POST", pattern, roles, handler);
    }

    public Routes put(String pattern, Handler handler) {
        return add("PUT", pattern, writers, handler);
    }

    public Routes put(String pattern, Set<Role> roles, Handler handler) {
        return add("PUT", pattern, roles, handler);
    }

    public Routes patch(String pattern, Handler handler) {
        return add("PATCH", pattern, writers, handler);
    }

    public Routes delete(String pattern, Handler handler) {
        return add("DELETE", pattern, writers, handler);
    }

    public Routes delete(String pattern, Set<Role> roles, Handler handler) {
        return add("DELETE", pattern, roles, handler);
    }

    private Routes add(String method, String pattern, Set<Role> roles, Handler handler) {
        String normal = "/" + String.join("/", split(pattern));
        for (Route r : routes) {
            if (r.method().equals(method) && r.segments().equals(split(pattern))) {
                throw new IllegalArgumentException("Two routes for " + method + " /" + path + normal);
            }
        }
        routes.add(new Route(method, normal.equals("/") ? "" : normal, Set.copyOf(roles), handler));
        return this;
    }

    /**
     * The roles of which the caller of {@code method} on {@code segments} needs one, for {@link ApiEndpoint#rolesFor}: the
     * route's, or for a call no route answers none for GET and the writers for any other method.
     */
    public Set<Role> rolesFor(String method, List<String> segments) {
        return best(segments).flatMap(same -> same.stream().filter(r -> r.method().equals(method)).findFirst())
                .map(Route::roles).orElse(method.equals("GET") ? Set.of() : writers);
    }

    /**
     * Answers the call by its route; a path the table knows without this method is a 405 naming the methods it has (the
     * platform adds the {@code Allow} header from {@link #allowed}), an unknown path a {@link NotFoundException}.
     */
    public ApiResponse handle(ApiRequest request) {
        List<String> segments = request.segments();
        List<Route> same = best(segments).orElseThrow(() -> notFound(segments));
        Optional<Route> route = same.stream().filter(r -> r.method().equals(request.method())).findFirst();
        if (route.isEmpty()) {
            return ApiResponse.methodNotAllowed(request.method(), String.join(", ", allowed(segments)));
        }
        return route.get().handler().handle(new RouteRequest(request, parameters(route.get().segments(), segments)));
    }

    /** The methods of the path {@code segments}, sorted; empty when no route has the path. */
    public Set<String> allowed(List<String> segments) {
        Set<String> allowed = new TreeSet<>();
        best(segments).ifPresent(same -> same.forEach(r -> allowed.add(r.method())));
        return allowed;
    }

    /** The routes of the pattern that matches {@code segments} best, empty when none does. */
    private Optional<List<Route>> best(List<String> segments) {
        List<Route> best = new ArrayList<>();
        String bestKey = null;
        for (Route r : routes) {
            String key = key(r.segments(), segments);
            if (key == null) {
                continue;
            }
            int c = bestKey == null ? 1 : key.compareTo(bestKey);
            if (c > 0) {
                best.clear();
                bestKey = key;
            }
            if (c >= 0) {
                best.add(r);
            }
        }
        return best.isEmpty() ? Optional.empty() : Optional.of(best);
    }

    /** Null when {@code pattern} does not match; else one letter per segment, Z for a literal (sorts after P), P for a parameter. */
    private static String key(List<String> pattern, List<String> segments) {
        if (pattern.size() != segments.size()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < pattern.size(); i++) {
            String p = pattern.get(i);
            if (p.startsWith("{")) {
                key.append('P');
            } else if (p.equals(segments.get(i))) {
                key.append('Z');
            } else {
                return null;
            }
        }
        return key.toString();
    }

    private static Map<String, Object> parameters(List<String> pattern, List<String> segments) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String p = pattern.get(i);
            if (p.endsWith(":text}")) {
                out.put(p.substring(1, p.length() - 6), segments.get(i));
            } else if (p.startsWith("{")) {
                String name = p.substring(1, p.length() - 1);
                try {
                    out.put(name, Long.parseLong(segments.get(i)));
                } catch (NumberFormatException e) {
                    throw InvalidInputException.field(name, Message.of("platform.number", "{0} must be a number, not ''{1}''.", name,
                            segments.get(i)));
                }
            }
        }
        return out;
    }

    private NotFoundException notFound(List<String> segments) {
        if (segments.isEmpty()) {
            List<String> firsts = routes.stream().map(r -> r.segments().isEmpty() ? "" : r.segments().get(0)).distinct().toList();
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < firsts.size(); i++) {
                shown.add((i == 0 ? "/api/v1/" + path + "/" : "/") + firsts.get(i));
            }
            return shown.size() == 1 ? new NotFoundException(Message.of("platform.api.path", "Use {0}", shown.get(0)))
                    : new NotFoundException(Message.of("platform.api.paths", "Use {0} or {1}",
                            String.join(", ", shown.subList(0, shown.size() - 1)), shown.get(shown.size() - 1)));
        }
        return new NotFoundException(Message.of("platform.api.noSuchResource", "No such resource: /api/v1/{0}",
                path + "/" + String.join("/", segments)));
    }

    static List<String> split(String pattern) {
        return Arrays.stream(pattern.split("/")).filter(s -> !s.isEmpty()).toList();
    }
}
