package no.planverk.platform.core.internal.openapi;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.planverk.platform.api.ApiEndpoint;
import no.planverk.platform.core.internal.http.ApiContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /api/v1/openapi.json}: the description of every endpoint registered right now, from the fragment
 * {@code openapi/<path>.json} in the bundle that registered it (no login: it describes, it holds no data).
 */
@Component(service = jakarta.servlet.Servlet.class)
@HttpWhiteboardServletPattern("/v1/openapi.json")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + ApiContext.NAME + ")")
public class OpenApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Paths served by servlets of this bundle beside the endpoints: /health (HealthServlet) and this one. */
    static final java.util.List<String> SERVLETS = java.util.List.of("health", "openapi");

    private final transient Map<ServiceReference<ApiEndpoint>, String> endpoints = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEndpoint(ApiEndpoint endpoint, ServiceReference<ApiEndpoint> ref) {
        endpoints.put(ref, endpoint.path());
    }

    void removeEndpoint(ServiceReference<ApiEndpoint> ref) {
        endpoints.remove(ref);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> fragments = new HashMap<>();
        Bundle own = FrameworkUtil.getBundle(getClass());
        for (String served : SERVLETS) {
            fragments.put(served, fragment(own, served));
        }
        endpoints.forEach((ref, path) -> fragments.put(path, fragment(ref.getBundle(), path)));
        byte[] bytes = OpenApiDocument.write(OpenApiDocument.merge(fragments)).getBytes(StandardCharsets.UTF_8);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static String fragment(Bundle bundle, String path) {
        URL url = bundle == null ? null : bundle.getEntry("openapi/" + path + ".json");
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
