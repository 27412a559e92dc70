package no.planverk.platform.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.Authenticator;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.core.internal.PlatformMessages;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.Test;

/** The role of a call is checked before its body is read: a reader's POST is 403 whatever it sends. */
class ApiServletTest {

    private static final Map<String, UserContext> USERS = Map.of(
            "lesar", UserContext.of("lesar", Role.READER),
            "planlegg", UserContext.of("planlegg", Role.PLANNER),
            "admin", UserContext.of("admin", Role.ADMIN));

    private final AtomicBoolean bodyRead = new AtomicBoolean();
    private final AtomicBoolean handled = new AtomicBoolean();
    private final Map<String, String> answered = new java.util.HashMap<>();
    /** The Accept-Language header of the next calls; null sends none. */
    private String acceptLanguage;

    /** An endpoint with the default roles: GET for everyone, writes for the roles above reader. */
    private final ApiEndpoint things = new ApiEndpoint() {
        @Override
        public String path() {
            return "things";
        }

        @Override
        public ApiResponse handle(ApiRequest r) {
            handled.set(true);
            return r.method().equals("GET") ? ApiResponse.ok(List.of()) : ApiResponse.created(r.bodyText());
        }
    };

    private record Answer(int status, String body) {
    }

    @Test
    void aReaderWritingGets403BeforeTheBodyIsRead() throws Exception {
        ApiServlet servlet = servlet(things);
        for (String body : new String[] {"", "{}", "{\"code\":\"X\"}", "not json"}) {
            Answer a = call(servlet, "POST", "/things", "lesar", body);
            assertEquals(403, a.status(), body);
            assertTrue(a.body().contains("needs the role"), a.body());
        }
        assertEquals(403, call(servlet, "DELETE", "/things/7", "lesar", "").status());
        assertFalse(bodyRead.get(), "the body of a refused call must not be read");
        assertFalse(handled.get(), "a refused call must not reach the endpoint");
    }

    @Test
    void theRefusalIsEnglishUnlessNynorskOrBokmalIsAsked() throws Exception {
        ApiServlet servlet = servlet(things);
        servlet.setTranslator(Catalogs.translator(new PlatformMessages()));
        Answer english = call(servlet, "POST", "/things/7", "lesar", "{}");
        assertEquals(403, english.status(), english.body());
        assertTrue(english.body().contains("User 'lesar' may not POST /api/v1/things/7: that needs the role"), english.body());
        acceptLanguage = "nn-NO,nn;q=0.9,en;q=0.5";
        Answer nynorsk = call(servlet, "POST", "/things/7", "lesar", "{}");
        assertEquals(403, nynorsk.status(), nynorsk.body());
        assertTrue(nynorsk.body().contains("Brukaren «lesar» kan ikkje POST /api/v1/things/7: det krev rolla"), nynorsk.body());
        assertEquals("nn", answered.get("Content-Language"));
        acceptLanguage = "nb";
        Answer bokmal = call(servlet, "POST", "/things/7", "lesar", "{}");
        assertTrue(bokmal.body().contains("Brukeren «lesar» kan ikke POST /api/v1/things/7: det krever rollen"), bokmal.body());
        acceptLanguage = "de-DE,de;q=0.9";
        assertTrue(call(servlet, "POST", "/things/7", "lesar", "{}").body().contains("may not POST"));
        assertFalse(bodyRead.get(), "the body of a refused call must not be read");
    }

    @Test
    void ssbOutOfReachIs502WithTheReasonInTheAskedLanguage() throws Exception {
        ApiEndpoint fetcher = new ApiEndpoint() {
            @Override
            public String path() {
                return "fetch";
            }

            @Override
            public ApiResponse handle(ApiRequest r) {
                throw new no.planverk.platform.api.stats.StatisticsUnavailableException(no.planverk.platform.api.Message.of(
                        "platform.ssb.notFound", "SSB has no table {0}", "99999"), java.net.URI.create("http://127.0.0.1:1/t"), 404, "refused");
            }
        };
        ApiServlet servlet = servlet(fetcher);
        servlet.setTranslator(Catalogs.translator(new PlatformMessages()));
        acceptLanguage = "nn";
        Answer a = call(servlet, "POST", "/fetch", "admin", "");
        assertEquals(502, a.status(), a.body());
        assertTrue(a.body().contains("SSB har ingen tabell 99999"), a.body());
    }

    @Test
    void aWriterReachesTheEndpointAndEveryoneReads() throws Exception {
        ApiServlet servlet = servlet(things);
        assertEquals(200, call(servlet, "GET", "/things", "lesar", "").status());
        Answer planner = call(servlet, "POST", "/things", "planlegg", "{}");
        assertEquals(201, planner.status(), planner.body());
        assertTrue(bodyRead.get());
        assertEquals(401, call(servlet, "POST", "/things", null, "{}").status());
    }

    @Test
    void platformEndpointsLeaveWritesToAdmins() throws Exception {
        UnitsEndpoint units = new UnitsEndpoint(null);
        ModulesEndpoint modules = new ModulesEndpoint(null, null);
        for (ApiEndpoint e : List.of(units, modules)) {
            assertEquals(Set.of(), e.rolesFor("GET", List.of()));
            assertEquals(Set.of(Role.ADMIN), e.rolesFor("POST", List.of()));
            assertEquals(Set.of(Role.ADMIN), e.rolesFor("DELETE", List.of("3")));
        }
        Answer a = call(servlet(units), "POST", "/units", "planlegg", "{}");
        assertEquals(403, a.status(), a.body());
        assertFalse(bodyRead.get());
        Answer install = call(servlet(modules), "POST", "/modules/features/planverk-plans/uninstall", "planlegg", "");
        assertEquals(403, install.status(), install.body());
    }

    @Test
    void anEndpointMayOpenACallThatStoresNothing() throws Exception {
        ApiEndpoint calculator = new ApiEndpoint() {
            @Override
            public String path() {
                return "calc";
            }

            @Override
            public Set<Role> rolesFor(String method, List<String> segments) {
                return segments.equals(List.of("run")) ? Set.of() : WRITERS;
            }

            @Override
            public ApiResponse handle(ApiRequest r) {
                return ApiResponse.ok(r.bodyText());
            }
        };
        ApiServlet servlet = servlet(calculator);
        assertEquals(200, call(servlet, "POST", "/calc/run", "lesar", "{}").status());
        assertEquals(403, call(servlet, "POST", "/calc/save", "lesar", "{}").status());
    }

    @Test
    void aKnownPathWithAnotherMethodIs405WithAllowAndAnUnknownPath404() throws Exception {
        ApiServlet servlet = servlet(new UnitsEndpoint(null));
        Answer a = call(servlet, "PATCH", "/units/3", "admin", "{}");
        assertEquals(405, a.status(), a.body());
        assertEquals("DELETE, GET, PUT", answered.get("Allow"));
        assertTrue(a.body().contains("Method PATCH is not allowed here; use DELETE, GET, PUT"), a.body());
        Answer unknown = call(servlet, "GET", "/units/3/children", "lesar", "");
        assertEquals(404, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("No such resource: /api/v1/units/3/children"), unknown.body());
        Answer bad = call(servlet, "GET", "/units/three", "lesar", "");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("\"id\":\"id must be a number, not 'three'.\""), bad.body());
        answered.clear();
        assertEquals(405, call(servlet, "OPTIONS", "/units", "lesar", "").status());
        assertEquals("DELETE, GET, PATCH, POST, PUT", answered.get("Allow"));
    }

    private ApiServlet servlet(ApiEndpoint endpoint) {
        Authenticator auth = new Authenticator() {
            @Override
            public Optional<UserContext> authenticate(String username, char[] password) {
                return Optional.ofNullable(USERS.get(username));
            }
        };
        ApiServlet servlet = new ApiServlet(auth, null);
        servlet.addEndpoint(endpoint);
        return servlet;
    }

    private Answer call(ApiServlet servlet, String method, String path, String user, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new java.util.HashMap<>();
        if (user != null) {
            headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":x").getBytes(StandardCharsets.UTF_8)));
        }
        if (acceptLanguage != null) {
            headers.put("Accept-Language", acceptLanguage);
        }
        ServletInputStream in = new ServletInputStream() {
            private int at;

            @Override
            public int read() {
                bodyRead.set(true);
                return at < bytes.length ? bytes[at++] & 0xff : -1;
            }

            @Override
            public boolean isFinished() {
                return at >= bytes.length;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(jakarta.servlet.ReadListener l) {
            }
        };
        HttpServletRequest req = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getPathInfo" -> path;
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getContentLengthLong" -> (long) bytes.length;
                    case "getInputStream" -> in;
                    case "getRemoteAddr" -> "127.0.0.1";
                    default -> null;
                });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] status = {0};
        ServletOutputStream sout = new ServletOutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener l) {
            }
        };
        HttpServletResponse resp = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> {
                    if (m.getName().equals("setStatus")) {
                        status[0] = (Integer) args[0];
                    } else if (m.getName().equals("setHeader")) {
                        answered.put((String) args[0], (String) args[1]);
                    }
                    return m.getName().equals("getOutputStream") ? sout : null;
                });
        servlet.service(req, resp);
        return new Answer(status[0], out.toString(StandardCharsets.UTF_8));
    }
}
