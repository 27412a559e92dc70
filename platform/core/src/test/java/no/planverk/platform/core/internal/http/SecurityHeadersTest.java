package no.planverk.platform.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The headers the UI and the API send, and the session cookie's SameSite and Secure. */
class SecurityHeadersTest {

    /** A response's headers, as Jetty keeps them: the session cookie is set on them directly, past any wrapper. */
    private final Map<String, List<String>> headers = new LinkedHashMap<>();

    @Test
    void uiPagesGetThePolicyAndTheSessionCookieSameSiteLax() throws Exception {
        HttpServletResponse resp = response();
        new SecurityHeaders(Map.of()).doFilter(request("/login", false, null), resp, jettySetsSessionCookie(resp));
        assertEquals("nosniff", header("X-Content-Type-Options"));
        assertEquals("same-origin", header("Referrer-Policy"));
        assertTrue(header("Permissions-Policy").contains("camera=()"));
        String csp = header("Content-Security-Policy");
        assertTrue(csp.contains("frame-ancestors 'self'") && csp.contains("default-src 'self'") && csp.contains("object-src 'none'"), csp);
        assertEquals("SAMEORIGIN", header("X-Frame-Options"));
        assertEquals(List.of("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax"), headers.get("Set-Cookie"));
    }

    @Test
    void overHttpsOrBehindAnHttpsProxyTheCookieIsSecure() throws Exception {
        HttpServletResponse resp = response();
        new SecurityHeaders(Map.of()).doFilter(request("/", false, "https"), resp, jettySetsSessionCookie(resp));
        assertEquals(List.of("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax; Secure"), headers.get("Set-Cookie"));
        headers.clear();
        HttpServletResponse direct = response();
        new SecurityHeaders(Map.of()).doFilter(request("/", true, null), direct, jettySetsSessionCookie(direct));
        assertEquals(List.of("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax; Secure"), headers.get("Set-Cookie"));
    }

    @Test
    void theApiGetsNosniffButNoPagePolicy() throws Exception {
        HttpServletResponse resp = response();
        new SecurityHeaders(Map.of()).doFilter(request("/api/v1/measures/report", false, null), resp, (q, r) -> { });
        assertEquals("nosniff", header("X-Content-Type-Options"));
        assertNull(header("Content-Security-Policy"));
    }

    @Test
    void thePolicyCanBeConfiguredAndCookiesAreFixedOnce() throws Exception {
        HttpServletResponse resp = response();
        new SecurityHeaders(Map.of("contentSecurityPolicy", "default-src 'self'; frame-ancestors 'none'"))
                .doFilter(request("/", false, null), resp, (q, r) -> { });
        assertEquals("default-src 'self'; frame-ancestors 'none'", header("Content-Security-Policy"));
        assertEquals("a=1; SameSite=Strict; Secure", SameSiteCookies.fixed("a=1; SameSite=Strict; Secure", true));
        assertEquals("a=1; Path=/; SameSite=Lax", SameSiteCookies.fixed("a=1; Path=/", false));
    }

    private FilterChain jettySetsSessionCookie(HttpServletResponse underlying) {
        return (q, r) -> {
            underlying.addHeader("Set-Cookie", "JSESSIONID=abc; Path=/; HttpOnly");
            ((HttpServletResponse) r).getOutputStream();
        };
    }

    private String header(String name) {
        List<String> v = headers.get(name);
        return v == null ? null : v.get(0);
    }

    private static HttpServletRequest request(String uri, boolean secure, String forwardedProto) {
        return (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, args) -> switch (m.getName()) {
                    case "getRequestURI" -> uri;
                    case "isSecure" -> secure;
                    case "getHeader" -> "X-Forwarded-Proto".equals(args[0]) ? forwardedProto : null;
                    default -> null;
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (p, m, args) -> switch (m.getName()) {
                    case "setHeader" -> {
                        headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        yield null;
                    }
                    case "addHeader" -> {
                        headers.computeIfAbsent((String) args[0], k -> new ArrayList<>()).add((String) args[1]);
                        yield null;
                    }
                    case "getHeaders" -> headers.getOrDefault((String) args[0], List.of());
                    case "isCommitted" -> false;
                    default -> null;
                });
    }
}
