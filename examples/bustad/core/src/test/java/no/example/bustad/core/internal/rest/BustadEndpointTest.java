package no.example.bustad.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.example.bustad.core.internal.BustadFixture;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The routes of /api/v1/bustad on the real service; Planverk itself does the JSON, so bodies are given as objects. */
class BustadEndpointTest {

    private final BustadFixture f = new BustadFixture();
    private final BustadEndpoint endpoint = new BustadEndpoint(f.service());

    @AfterEach
    void close() {
        f.close();
    }

    record Request(String method, String path, Map<String, String> params, Object body, UserContext user) implements ApiRequest {

        @Override
        public List<String> segments() {
            return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        }

        @Override
        public Optional<String> query(String name) {
            return Optional.ofNullable(params.get(name));
        }

        @Override
        public <T> T body(Class<T> type) {
            return type.cast(body);
        }

        @Override
        public String bodyText() {
            return "";
        }

        @Override
        public byte[] bodyBytes() {
            return new byte[0];
        }
    }

    private ApiResponse call(String method, String path, Map<String, String> params, Object body, UserContext user) {
        return endpoint.handle(new Request(method, path, params, body, user));
    }

    @Test
    void postGetPutAndSummary() {
        long heim = f.units().id("ALV-HO-HEIM");
        BustadEndpoint.Change add = new BustadEndpoint.Change("bu-2025-014", heim, "bemanna bustad", LocalDate.of(2025, 5, 2), null,
                "Ønskjer nær sentrum", null);
        ApiResponse created = call("POST", "entries", Map.of(), add, BustadFixture.COORDINATOR);
        assertEquals(201, created.status());
        BustadEndpoint.Entry e = (BustadEndpoint.Entry) created.body();
        assertEquals(new BustadEndpoint.Entry(e.id(), "BU-2025-014", heim, "bemanna-bustad", LocalDate.of(2025, 5, 2), "waiting",
                "Ønskjer nær sentrum", 1, e.version()), e);

        assertEquals(e, call("GET", "entries/" + e.id(), Map.of(), null, BustadFixture.READER).body());
        assertEquals(List.of(e), call("GET", "entries", Map.of("status", "WAITING", "unit", String.valueOf(heim)), null,
                BustadFixture.READER).body());
        assertEquals(List.of(), call("GET", "entries", Map.of("status", "housed"), null, BustadFixture.READER).body());

        BustadEndpoint.Change offer = new BustadEndpoint.Change("BU-2025-014", heim, "bemanna-bustad", LocalDate.of(2025, 5, 2),
                "offered", null, e.version());
        BustadEndpoint.Entry offered = (BustadEndpoint.Entry) call("PUT", "entries/" + e.id(), Map.of(), offer, BustadFixture.COORDINATOR)
                .body();
        assertEquals("offered", offered.status());
        assertEquals(null, offered.note());
        assertEquals(Map.of("tilrettelagd-bustad", 0L, "omsorgsbustad", 0L, "bemanna-bustad", 0L, "sjukeheim", 0L),
                call("GET", "summary", Map.of(), null, BustadFixture.READER).body());
    }

    @Test
    void errorsAreThePlatformsExceptions() {
        long heim = f.units().id("ALV-HO-HEIM");
        BustadEndpoint.Change add = new BustadEndpoint.Change("BU-1", heim, "sjukeheim", LocalDate.of(2025, 5, 2), null, null, null);
        assertThrows(AccessDeniedException.class, () -> call("POST", "entries", Map.of(), add, BustadFixture.READER));
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> call("POST", "entries", Map.of(),
                new BustadEndpoint.Change("x", heim, "villa", null, "gone", null, null), BustadFixture.COORDINATOR));
        assertEquals(java.util.Set.of("step", "status", "reference", "listedOn"), bad.fieldErrors().keySet());
        assertTrue(bad.fieldErrors().get("step").contains("not 'villa'"), bad.fieldErrors().get("step"));
        assertEquals("status", assertThrows(InvalidInputException.class, () -> call("GET", "entries", Map.of("status", "gone"), null,
                BustadFixture.READER)).fieldErrors().keySet().iterator().next());
        BustadEndpoint.Entry e = (BustadEndpoint.Entry) call("POST", "entries", Map.of(), add, BustadFixture.COORDINATOR).body();
        assertEquals("version", assertThrows(InvalidInputException.class, () -> call("PUT", "entries/" + e.id(), Map.of(), add,
                BustadFixture.COORDINATOR)).fieldErrors().keySet().iterator().next());
        assertThrows(NotFoundException.class, () -> call("GET", "entries/999", Map.of(), null, BustadFixture.READER));
        assertThrows(NotFoundException.class, () -> call("GET", "", Map.of(), null, BustadFixture.READER));
        assertThrows(NotFoundException.class, () -> call("GET", "plans", Map.of(), null, BustadFixture.READER));
        assertEquals(405, call("DELETE", "entries/" + e.id(), Map.of(), null, BustadFixture.COORDINATOR).status());
        assertEquals(405, call("POST", "summary", Map.of(), null, BustadFixture.COORDINATOR).status());
    }
}
