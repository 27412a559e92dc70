package no.planverk.platform.metrics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A request's route as a metric label, with few distinct values: ids become {@code {id}}, Vaadin's own requests are
 * named by kind, an unknown path (404) is {@code unmatched}, and past {@link #MAX} routes any new one is {@code other}.
 */
final class Routes {

    static final int MAX = 300;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    String of(String uri, String query, int status) {
        if (status == 404) {
            return "unmatched";
        }
        String route = shape(uri, query);
        if (seen.contains(route) || seen.size() < MAX && seen.add(route)) {
            return route;
        }
        return "other";
    }

    static String shape(String uri, String query) {
        if (uri == null || uri.isEmpty()) {
            uri = "/";
        }
        if (uri.startsWith("/VAADIN/")) {
            return "/VAADIN/**";
        }
        if (query != null && query.contains("v-r=")) {
            int at = query.indexOf("v-r=") + 4;
            int end = query.indexOf('&', at);
            String kind = query.substring(at, end < 0 ? query.length() : end);
            return "vaadin:" + (kind.matches("[a-z-]{1,20}") ? kind : "other");
        }
        List<String> parts = new ArrayList<>();
        for (String s : uri.split("/")) {
            if (!s.isEmpty()) {
                parts.add(s.matches("-?\\d+") ? "{id}" : s.matches("[A-Za-z][A-Za-z0-9.-]{0,39}") ? s : "{x}");
            }
        }
        return "/" + String.join("/", parts);
    }
}
