package no.planverk.portal.core.internal.http;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Path segments and numeric ids, as the portal's servlets read them. */
final class Paths {

    private Paths() {
    }

    static List<String> segments(String pathInfo) {
        return pathInfo == null ? List.of() : Arrays.stream(pathInfo.split("/")).filter(p -> !p.isEmpty()).toList();
    }

    /** A positive id of at most 18 digits, or empty (so "7abc" or "-1" is unknown, not an error). */
    static Optional<Long> id(String segment) {
        if (segment == null || !segment.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(segment));
    }
}
