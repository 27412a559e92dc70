package no.planverk.platform.metrics.internal;

import io.micrometer.core.instrument.Timer;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterAsyncSupported;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/** Times every request to the API and the UI: {@code http_server_requests_seconds} by app, method, route and status. */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardFilterAsyncSupported
@HttpWhiteboardContextSelect("(|(osgi.http.whiteboard.context.name=planverk-api)(osgi.http.whiteboard.context.name=planverk-ui))")
public class RequestMetricsFilter implements Filter {

    private final Metrics metrics;
    private final Routes routes = new Routes();

    @Activate
    public RequestMetricsFilter(@Reference Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse resp)) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = resp.getStatus();
        } finally {
            record(req, status, System.nanoTime() - start);
        }
    }

    void record(HttpServletRequest req, int status, long nanos) {
        String uri = req.getRequestURI();
        Timer.builder("http.server.requests").description("HTTP requests to the API and the UI")
                .tag("app", uri != null && uri.startsWith("/api/") ? "api" : "ui")
                .tag("method", req.getMethod())
                .tag("route", routes.of(uri, req.getQueryString(), status))
                .tag("status", String.valueOf(status))
                .register(metrics.registry()).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
