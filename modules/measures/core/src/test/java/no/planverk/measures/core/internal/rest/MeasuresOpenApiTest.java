package no.planverk.measures.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import no.planverk.platform.testing.OpenApiFragments;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI fragment the bundle ships ({@code openapi/measures.json}) describes every route of {@code /api/v1/measures} the
 * endpoint's code answers, and names no path segment the code does not know.
 */
class MeasuresOpenApiTest {

    private static final Path REST = Path.of("src/main/java/no/planverk/measures/core/internal/rest");

    @Test
    void everyRouteIsDescribed() {
        List<String> problems = OpenApiFragments.problems("measures", getClass().getResourceAsStream("/openapi/measures.json"), List.of(REST));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyDescribedSegmentIsInTheCode() {
        assertEquals(List.of(), OpenApiFragments.unknownSegments(getClass().getResourceAsStream("/openapi/measures.json"), List.of(REST)));
    }

    @Test
    void everyRouteIsDescribedAndEveryDescribedOperationIsARoute() {
        assertEquals(List.of(), OpenApiFragments.routeProblems(new MeasuresEndpoint(null, null, null, null).routes(), getClass().getResourceAsStream("/openapi/measures.json")));
    }
}
