package no.planverk.consultation.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import no.planverk.platform.testing.OpenApiFragments;
import org.junit.jupiter.api.Test;

/** The fragment {@code openapi/consultations.json} describes every route of the table, and only those. */
class ConsultationsOpenApiTest {

    private static final Path REST = Path.of("src/main/java/no/planverk/consultation/core/internal/rest");

    @Test
    void everyRouteIsDescribedAndEveryDescribedOperationIsARoute() {
        assertEquals(List.of(), OpenApiFragments.routeProblems(new ConsultationsEndpoint(null).routes(),
                getClass().getResourceAsStream("/openapi/consultations.json")));
    }

    @Test
    void everyDescribedSegmentIsInTheCode() {
        assertEquals(List.of(), OpenApiFragments.unknownSegments(getClass().getResourceAsStream("/openapi/consultations.json"), List.of(REST)));
    }
}
