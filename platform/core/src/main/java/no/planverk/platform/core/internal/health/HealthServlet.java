package no.planverk.platform.core.internal.health;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import no.planverk.platform.api.ApiResponse;
import no.planverk.platform.api.Authenticator;
import no.planverk.platform.core.internal.http.ApiContext;
import java.util.Arrays;
import java.util.List;
import no.planverk.platform.core.internal.http.HealthReport;
import no.planverk.platform.core.internal.http.Json;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /api/v1/health}, {@code /health/live} and {@code /health/ready}, without login. Its pattern is longer than the
 * API servlet's, so the whiteboard sends these paths here.
 */
@Component(service = jakarta.servlet.Servlet.class)
@HttpWhiteboardServletPattern("/v1/health/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + ApiContext.NAME + ")")
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Authenticator authenticator;
    private final transient HealthAnswers answers;

    @Activate
    public HealthServlet(@Reference Authenticator authenticator, @Reference HealthReport health, @Reference Readiness readiness) {
        this.authenticator = authenticator;
        this.answers = new HealthAnswers(health::report, readiness::check);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean loggedIn = BasicAuth.user(req.getHeader("Authorization"), authenticator).isPresent();
        ApiResponse answer = answers.answer(req.getMethod(), segments(req.getPathInfo()), loggedIn);
        byte[] bytes = Json.write(answer.body()).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(answer.status());
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentType("application/json;charset=UTF-8");
        resp.setContentLength(bytes.length);
        if (!req.getMethod().equals("HEAD")) {
            resp.getOutputStream().write(bytes);
        }
    }

    /** The path after {@code /v1/health}, as segments. */
    static List<String> segments(String pathInfo) {
        return pathInfo == null ? List.of() : Arrays.stream(pathInfo.split("/")).filter(p -> !p.isEmpty()).toList();
    }
}
