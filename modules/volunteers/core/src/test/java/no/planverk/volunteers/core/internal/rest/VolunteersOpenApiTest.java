package no.planverk.volunteers.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.planverk.platform.testing.OpenApiFragments;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI fragment the bundle ships ({@code openapi/volunteers.json}) describes every route of {@code /api/v1/volunteers} the
 * endpoint's code answers, and names no path segment the code does not know.
 */
class VolunteersOpenApiTest {

    private static final Path REST = Path.of("src/main/java/no/planverk/volunteers/core/internal/rest");

    @Test
    void everyRouteIsDescribed() {
        List<String> problems = OpenApiFragments.problems("volunteers", getClass().getResourceAsStream("/openapi/volunteers.json"), List.of(REST));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyDescribedSegmentIsInTheCode() throws IOException {
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(REST)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                code.append(Files.readString(f));
            }
        }
        List<String> unknown = new ArrayList<>();
        new ObjectMapper().readTree(getClass().getResourceAsStream("/openapi/volunteers.json")).path("paths").fieldNames().forEachRemaining(path -> {
            for (String segment : path.substring(1).split("/")) {
                if (!segment.startsWith("{") && !code.toString().contains("\"" + segment + "\"")) {
                    unknown.add(path);
                }
            }
        });
        assertEquals(List.of(), unknown);
    }
}
