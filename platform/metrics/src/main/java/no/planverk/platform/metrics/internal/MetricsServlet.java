package no.planverk.platform.metrics.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.planverk.platform.api.Authenticator;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code GET /metrics}: Prometheus text format, for admins (HTTP Basic against the same realm as the API). */
@Component(service = jakarta.servlet.Servlet.class)
@HttpWhiteboardServletPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + MetricsContext.NAME + ")")
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final transient Authenticator authenticator;
    private final transient Metrics metrics;

    @Activate
    public MetricsServlet(@Reference Authenticator authenticator, @Reference Metrics metrics) {
        this.authenticator = authenticator;
        this.metrics = metrics;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<UserContext> user = BasicCredentials.user(req.getHeader("Authorization"), authenticator);
        resp.setHeader("Cache-Control", "no-store");
        if (user.isEmpty()) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"Planverk\", charset=\"UTF-8\"");
            resp.sendError(401, "Log in with HTTP Basic as an admin");
            return;
        }
        if (!user.get().has(Role.ADMIN)) {
            resp.sendError(403, "Metrics are for admins");
            return;
        }
        byte[] text = metrics.scrape().getBytes(StandardCharsets.UTF_8);
        resp.setContentType(CONTENT_TYPE);
        resp.setContentLength(text.length);
        resp.getOutputStream().write(text);
    }
}
