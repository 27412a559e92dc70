package no.planverk.platform.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoutesTest {

    @Test
    void idsAndVaadinRequestsGetOneLabel() {
        assertEquals("/api/v1/measures/{id}/reports", Routes.shape("/api/v1/measures/42/reports", null));
        assertEquals("/api/v1/units/{x}", Routes.shape("/api/v1/units/ALV_HO%20x", null));
        assertEquals("/VAADIN/**", Routes.shape("/VAADIN/build/indexhtml-abc.js", null));
        assertEquals("vaadin:heartbeat", Routes.shape("/", "v-r=heartbeat&v-uiId=1"));
        assertEquals("/plans/plan/{id}", Routes.shape("/plans/plan/7", null));
        assertEquals("/", Routes.shape("", null));
    }

    @Test
    void unknownPathsAndTooManyRoutesAreFolded() {
        Routes routes = new Routes();
        assertEquals("unmatched", routes.of("/api/v1/whatever", null, 404));
        for (int i = 0; i < Routes.MAX; i++) {
            routes.of("/route" + i, null, 200);
        }
        assertEquals("other", routes.of("/brand-new", null, 200));
    }
}
