package no.planverk.competence.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import no.planverk.platform.testing.OpenApiFragments;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI fragment the bundle ships ({@code openapi/competence.json}) describes every route of {@code /api/v1/competence} the
 * endpoint's code answers, and names no path segment the code does not know.
 */
class CompetenceOpenApiTest {

    private static final Path REST = Path.of("src/main/java/no/planverk/competence/core/internal/rest");

    @Test
    void everyRouteIsDescribed() {
        List<String> problems = OpenApiFragments.problems("competence", getClass().getResourceAsStream("/openapi/competence.json"), List.of(REST));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyDescribedSegmentIsInTheCode() {
        assertEquals(List.of(), OpenApiFragments.unknownSegments(getClass().getResourceAsStream("/openapi/competence.json"), List.of(REST)));
    }

    @Test
    void everyRouteIsDescribedAndEveryDescribedOperationIsARoute() {
        assertEquals(List.of(), OpenApiFragments.routeProblems(new CompetenceEndpoint(null, null, null, null, null, null, null).routes(), getClass().getResourceAsStream("/openapi/competence.json")));
    }
}
