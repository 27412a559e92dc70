package no.planverk.platform.api.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiError;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.Test;

class RoutesTest {

    record Call(String method, String path, Map<String, String> params) implements ApiRequest {

        Call(String method, String path) {
            this(method, path, Map.of());
        }

        @Override
        public List<String> segments() {
            return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        }

        @Override
        public Optional<String> query(String name) {
            return Optional.ofNullable(params.get(name));
        }

        @Override
        public UserContext user() {
            return UserContext.of("lesar", Role.READER);
        }

        @Override
        public <T> T body(Class<T> type) {
            throw new UnsupportedOperationException();
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

    private final Routes routes = Routes.of("things")
            .get("", r -> ApiResponse.ok("list"))
            .post("/", r -> ApiResponse.created("new"))
            .get("/report", r -> ApiResponse.ok("report"))
            .post("/reminders", Set.of(Role.PLANNER), r -> ApiResponse.ok("reminded"))
            .get("/{id}", r -> ApiResponse.ok("thing " + r.id("id")))
            .delete("/{id}", r -> ApiResponse.ok("deleted " + r.id("id") + " at " + r.version()))
            .get("/{id}/parts/{partId}", r -> ApiResponse.ok(r.id("id") + "/" + r.id("partId")))
            .post("/features/{name:text}/install", Set.of(Role.ADMIN), r -> ApiResponse.ok("install " + r.text("name")));

    private Object answer(String method, String path) {
        return routes.handle(new Call(method, path)).body();
    }

    @Test
    void aCallGoesToTheRouteOfItsMethodAndPattern() {
        assertEquals("list", answer("GET", ""));
        assertEquals(201, routes.handle(new Call("POST", "/")).status());
        assertEquals("thing 7", answer("GET", "7"));
        assertEquals("7/12", answer("GET", "7/parts/12"));
        assertEquals("install planverk-plans", answer("POST", "features/planverk-plans/install"));
        assertEquals("deleted 7 at 3", routes.handle(new Call("DELETE", "7", Map.of("version", "3"))).body());
    }

    @Test
    void aLiteralSegmentWinsOverAParameter() {
        assertEquals("report", answer("GET", "report"));
        assertEquals(405, routes.handle(new Call("DELETE", "report")).status(), "/report is its own path, not /{id}");
        assertEquals(Set.of("GET"), routes.allowed(List.of("report")));
    }

    @Test
    void anUnknownPathIs404() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> answer("GET", "7/wheels"));
        assertEquals("No such resource: /api/v1/things/7/wheels", e.getMessage());
        assertEquals("platform.api.noSuchResource", e.message().key());
        assertThrows(NotFoundException.class, () -> answer("GET", "7/parts"));
    }

    @Test
    void withoutARootRouteTheEmptyPathListsThePaths() {
        Routes few = Routes.of("forecasts").post("/run", r -> null).get("/inputs", r -> null).get("/inputs/{id}", r -> null)
                .get("/runs", r -> null);
        NotFoundException e = assertThrows(NotFoundException.class, () -> few.handle(new Call("GET", "")));
        assertEquals("Use /api/v1/forecasts/run, /inputs or /runs", e.getMessage());
    }

    @Test
    void aKnownPathWithAnotherMethodIs405NamingTheMethods() {
        ApiResponse a = routes.handle(new Call("PUT", "7"));
        assertEquals(405, a.status());
        assertEquals("Method PUT is not allowed here; use DELETE, GET", ((ApiError) a.body()).message());
        assertEquals(Set.of("DELETE", "GET"), routes.allowed(List.of("7")));
        assertEquals(405, routes.handle(new Call("PATCH", "")).status());
        assertEquals(Set.of("GET", "POST"), routes.allowed(List.of()));
        assertEquals(Set.of(), routes.allowed(List.of("7", "wheels")));
    }

    @Test
    void aPathParameterThatIsNotANumberIs400NamingIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> answer("GET", "7/parts/x1"));
        assertEquals(Map.of("partId", "partId must be a number, not 'x1'."), e.fieldErrors());
        assertEquals("platform.number", e.message().key());
        assertThrows(InvalidInputException.class, () -> answer("GET", "seven"));
    }

    @Test
    void aDeleteWithoutItsVersionIs400() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> answer("DELETE", "7"));
        assertEquals(Set.of("version"), e.fieldErrors().keySet());
    }

    @Test
    void theTableAnswersTheRolesOfACall() {
        assertEquals(Set.of(), routes.rolesFor("GET", List.of("7")));
        assertEquals(ApiEndpoint.WRITERS, routes.rolesFor("DELETE", List.of("7")));
        assertEquals(Set.of(Role.PLANNER), routes.rolesFor("POST", List.of("reminders")));
        assertEquals(Set.of(Role.ADMIN), routes.rolesFor("POST", List.of("features", "x", "install")));
        // no route: GET needs nothing more, anything else the writers, so a reader's write is 403 before 404 or 405
        assertEquals(Set.of(), routes.rolesFor("GET", List.of("nothing", "here")));
        assertEquals(ApiEndpoint.WRITERS, routes.rolesFor("PUT", List.of("report")));
        assertEquals(Set.of(Role.ADMIN), Routes.of("units", Set.of(Role.ADMIN)).get("", r -> null).rolesFor("POST", List.of()));
    }

    @Test
    void aRouteIsDeclaredOnce() {
        assertThrows(IllegalArgumentException.class, () -> Routes.of("x").get("/{id}", r -> null).get("{id}/", r -> null));
    }

    @Test
    void aRoutedEndpointTakesPathRolesAndAnswersFromItsTable() {
        RoutedEndpoint endpoint = () -> routes;
        assertEquals("things", endpoint.path());
        assertEquals(Set.of(Role.PLANNER), endpoint.rolesFor("POST", List.of("reminders")));
        assertEquals("report", endpoint.handle(new Call("GET", "/report")).body());
        assertEquals("/features/{name}/install", routes.routes().get(routes.routes().size() - 1).openApiPath());
    }
}
