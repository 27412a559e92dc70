package no.planverk.plans.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import no.planverk.platform.testing.OpenApiFragments;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI fragment the bundle ships ({@code openapi/plans.json}) describes every route of {@code /api/v1/plans} the
 * endpoint's code answers, and names no path segment the code does not know.
 */
class PlansOpenApiTest {

    private static final Path REST = Path.of("src/main/java/no/planverk/plans/core/internal/rest");

    @Test
    void everyRouteIsDescribed() {
        List<String> problems = OpenApiFragments.problems("plans", getClass().getResourceAsStream("/openapi/plans.json"), List.of(REST));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyDescribedSegmentIsInTheCode() {
        assertEquals(List.of(), OpenApiFragments.unknownSegments(getClass().getResourceAsStream("/openapi/plans.json"), List.of(REST)));
    }

    @Test
    void everyRouteIsDescribedAndEveryDescribedOperationIsARoute() {
        assertEquals(List.of(), OpenApiFragments.routeProblems(new PlansEndpoint(null, null, null, null, null, null, null).routes(), getClass().getResourceAsStream("/openapi/plans.json")));
    }
}
