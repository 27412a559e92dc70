package ${package}.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ${package}.api.Item;
import ${package}.core.internal.${moduleClass}Fixture;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The routes of /api/v1/${moduleId} on the real service; Planverk itself does the JSON, so bodies are given as objects. */
class ${moduleClass}EndpointTest {

    private final ${moduleClass}Fixture f = new ${moduleClass}Fixture();
    private final ${moduleClass}Endpoint endpoint = new ${moduleClass}Endpoint(f.service());

    @AfterEach
    void close() {
        f.close();
    }

    record Request(String method, String path, Object body, UserContext user) implements ApiRequest {

        @Override
        public List<String> segments() {
            return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        }

        @Override
        public Optional<String> query(String name) {
            return Optional.empty();
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

    private ApiResponse call(String method, String path, Object body, UserContext user) {
        return endpoint.handle(new Request(method, path, body, user));
    }

    @Test
    void postGetPutAndList() {
        assertEquals("${moduleId}", endpoint.path());
        ApiResponse created = call("POST", "items", new ${moduleClass}Endpoint.Change(" Alfa ", "Første", null), ${moduleClass}Fixture.EDITOR);
        assertEquals(201, created.status());
        Item item = (Item) created.body();
        assertEquals(new Item(item.id(), "Alfa", "Første", item.version()), item);

        assertEquals(item, call("GET", "items/" + item.id(), null, ${moduleClass}Fixture.READER).body());
        ApiResponse changed = call("PUT", "items/" + item.id(), new ${moduleClass}Endpoint.Change("Alfa", null, item.version()),
                ${moduleClass}Fixture.EDITOR);
        assertEquals(200, changed.status());
        assertEquals(new Item(item.id(), "Alfa", null, item.version() + 1), changed.body());
        assertEquals(List.of(changed.body()), call("GET", "items", null, ${moduleClass}Fixture.READER).body());
    }

    @Test
    void errorsAreThePlatformsExceptions() {
        ${moduleClass}Endpoint.Change alfa = new ${moduleClass}Endpoint.Change("Alfa", null, null);
        assertThrows(AccessDeniedException.class, () -> call("POST", "items", alfa, ${moduleClass}Fixture.READER));
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> call("POST", "items",
                new ${moduleClass}Endpoint.Change("", "x".repeat(501), null), ${moduleClass}Fixture.EDITOR));
        assertEquals(Set.of("name", "note"), bad.fieldErrors().keySet());

        Item item = (Item) call("POST", "items", alfa, ${moduleClass}Fixture.EDITOR).body();
        assertEquals(Map.of("version", "Send the version you read, to guard against lost updates"), assertThrows(
                InvalidInputException.class, () -> call("PUT", "items/" + item.id(), alfa, ${moduleClass}Fixture.EDITOR)).fieldErrors());
        ${moduleClass}Endpoint.Change old = new ${moduleClass}Endpoint.Change("Alfa", "x", item.version() - 1);
        assertThrows(StaleVersionException.class, () -> call("PUT", "items/" + item.id(), old, ${moduleClass}Fixture.EDITOR));
        assertEquals(Set.of("id"), assertThrows(InvalidInputException.class,
                () -> call("GET", "items/abc", null, ${moduleClass}Fixture.READER)).fieldErrors().keySet());
        assertThrows(NotFoundException.class, () -> call("GET", "items/" + (item.id() + 1000), null, ${moduleClass}Fixture.READER));
        assertThrows(NotFoundException.class, () -> call("GET", "", null, ${moduleClass}Fixture.READER));
        assertThrows(NotFoundException.class, () -> call("GET", "things", null, ${moduleClass}Fixture.READER));
        assertThrows(NotFoundException.class, () -> call("GET", "items/1/more", null, ${moduleClass}Fixture.READER));
        assertEquals(405, call("DELETE", "items/" + item.id(), null, ${moduleClass}Fixture.EDITOR).status());
        assertEquals(405, call("PATCH", "items", null, ${moduleClass}Fixture.EDITOR).status());
    }
}
