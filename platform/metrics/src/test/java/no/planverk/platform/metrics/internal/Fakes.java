package no.planverk.platform.metrics.internal;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** Requests and responses as far as the metrics bundle reads and writes them. */
final class Fakes {

    private Fakes() {
    }

    static HttpServletRequest request(String method, String uri, String query, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> uri;
                    case "getQueryString" -> query;
                    case "getHeader" -> headers.get((String) a[0]);
                    default -> null;
                });
    }

    /** A response whose status, headers and body land in {@code seen} ("status", header names, "body"). */
    static HttpServletResponse response(Map<String, Object> seen) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener l) {
            }

            @Override
            public void write(int b) {
                body.write(b);
                seen.put("body", body.toString(java.nio.charset.StandardCharsets.UTF_8));
            }
        };
        seen.putIfAbsent("status", 200);
        return (HttpServletResponse) Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (p, m, a) -> switch (m.getName()) {
                    case "setStatus", "sendError" -> seen.put("status", a[0]);
                    case "getStatus" -> seen.get("status");
                    case "setHeader" -> seen.put((String) a[0], a[1]);
                    case "setContentType" -> seen.put("Content-Type", a[0]);
                    case "getOutputStream" -> out;
                    default -> null;
                });
    }

    static Map<String, Object> seen() {
        return new HashMap<>();
    }
}
