package no.planverk.platform.core.internal.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.route.RoutedEndpoint;
import no.planverk.platform.core.internal.http.AdminEndpoint;
import no.planverk.platform.core.internal.http.AuditEndpoint;
import no.planverk.platform.core.internal.http.MeEndpoint;
import no.planverk.platform.core.internal.http.ModulesEndpoint;
import no.planverk.platform.core.internal.http.UnitsEndpoint;
import no.planverk.platform.testing.OpenApiFragments;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    private static final Path HTTP = Path.of("src/main/java/no/planverk/platform/core/internal/http");

    private static String resource(String name) throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/openapi/" + name + ".json")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theFragmentsMergeIntoOneOpenApi31Document() throws IOException {
        Map<String, String> fragments = new HashMap<>();
        for (String p : List.of("units", "modules", "audit", "admin", "me", "health", "openapi")) {
            fragments.put(p, resource(p));
        }
        fragments.put("bustad", null);
        ObjectNode doc = OpenApiDocument.merge(fragments);
        assertEquals("3.1.0", doc.get("openapi").asText());
        assertEquals("/api/v1", doc.get("servers").get(0).get("url").asText());
        assertTrue(doc.get("paths").has("/units/{id}"));
        assertTrue(doc.get("paths").has("/health/ready"));
        assertTrue(doc.get("components").get("schemas").has("OrgUnitDraft"));
        assertEquals("[\"bustad\"]", doc.get("x-planverk-undescribed").toString());
        assertFalse(OpenApiDocument.merge(Map.of("me", resource("me"))).has("x-planverk-undescribed"));
    }

    @Test
    void everyPlatformEndpointIsDescribedAsItsCodeAnswers() throws IOException {
        Map<String, String> endpoints = Map.of("units", "UnitsEndpoint", "modules", "ModulesEndpoint", "audit", "AuditEndpoint",
                "admin", "AdminEndpoint", "me", "MeEndpoint");
        for (Map.Entry<String, String> e : endpoints.entrySet()) {
            List<String> problems = OpenApiFragments.problems(e.getKey(), getClass().getResourceAsStream("/openapi/" + e.getKey() + ".json"),
                    List.of(HTTP.resolve(e.getValue() + ".java")));
            assertEquals(List.of(), problems, e.getKey());
        }
    }

    @Test
    void everyPlatformRouteIsDescribedAndEveryDescribedOperationIsARoute() {
        for (RoutedEndpoint e : List.of(new UnitsEndpoint(null), new ModulesEndpoint(null, null), new AuditEndpoint(null),
                new AdminEndpoint(null, null), new MeEndpoint())) {
            assertEquals(List.of(), OpenApiFragments.routeProblems(e.routes(), getClass().getResourceAsStream("/openapi/" + e.path() + ".json")),
                    e.path());
        }
        InputStream fragment = new java.io.ByteArrayInputStream("{\"paths\":{\"/admin/backup\":{\"post\":{\"summary\":\"b\"}},\"/admin/x\":{\"get\":{\"summary\":\"x\"}}}}".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("GET /admin/export is a route but not described", "GET /admin/x is described but no route"),
                OpenApiFragments.routeProblems(new AdminEndpoint(null, null).routes(), fragment));
    }

    @Test
    void theCheckFailsOnAnUndescribedRoute() {
        InputStream fragment = new java.io.ByteArrayInputStream("{\"paths\":{\"/admin/backup\":{\"post\":{\"summary\":\"b\"}}}}".getBytes(StandardCharsets.UTF_8));
        List<String> problems = OpenApiFragments.problems("admin", fragment, List.of(HTTP.resolve("AdminEndpoint.java")));
        assertEquals(List.of("the code answers 'export' but the fragment does not describe it"), problems);
    }
}
