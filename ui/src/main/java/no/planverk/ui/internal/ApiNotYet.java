package no.planverk.ui.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * {@code /api/...} while the platform's API is not there (the UI starts first): 503 with a JSON reason and
 * {@code Retry-After}, not Vaadin's page with 200, which a readiness probe or a script would take for an answer. Once
 * the platform registers its {@code /api} context, those requests never reach the UI's context.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern({"/api", "/api/*"})
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + UiContext.NAME + ")")
public class ApiNotYet implements Filter {

    static final String BODY = "{\"status\":\"DOWN\",\"reason\":\"Planverk is starting: its API is not there yet. Try again in a few"
            + " seconds.\"}";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        http.setHeader("Retry-After", "5");
        http.setHeader("Cache-Control", "no-store");
        http.setContentType("application/json;charset=utf-8");
        http.getOutputStream().write(BODY.getBytes(StandardCharsets.UTF_8));
    }
}
