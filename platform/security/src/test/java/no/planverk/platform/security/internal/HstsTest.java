package no.planverk.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HstsTest {

    private final Map<String, String> headers = new HashMap<>();
    private boolean passedOn;

    @Test
    void httpsAnswersCarryTheHeaderForAYear() throws Exception {
        run(new Hsts(Map.of()), true);
        assertEquals("max-age=31536000", headers.get("Strict-Transport-Security"));
        assertTrue(passedOn);
    }

    @Test
    void plainHttpAnswersDoNot() throws Exception {
        run(new Hsts(Map.of()), false);
        assertFalse(headers.containsKey("Strict-Transport-Security"));
        assertTrue(passedOn);
    }

    @Test
    void maxAgeAndSubDomainsAreConfigurableAndZeroTurnsItOff() throws Exception {
        run(new Hsts(Map.of("hstsMaxAge", "600", "hstsIncludeSubDomains", "true")), true);
        assertEquals("max-age=600; includeSubDomains", headers.get("Strict-Transport-Security"));
        headers.clear();
        run(new Hsts(Map.of("hstsMaxAge", "0")), true);
        assertFalse(headers.containsKey("Strict-Transport-Security"));
    }

    private void run(Hsts filter, boolean secure) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, args) -> "isSecure".equals(m.getName()) ? secure : null);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> {
                    if ("setHeader".equals(m.getName())) {
                        headers.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        filter.doFilter(request, response, (q, r) -> passedOn = true);
    }
}
