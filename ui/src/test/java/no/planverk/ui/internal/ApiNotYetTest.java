package no.planverk.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** In a real Jetty, the UI's context with Vaadin on {@code /*}: API calls during a start get 503 and JSON, pages still go to Vaadin. */
class ApiNotYetTest {

    private Server server;
    private ServerConnector connector;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        for (String pattern : new String[] {"/api", "/api/*"}) { // as on the component
            context.addFilter(new FilterHolder(new ApiNotYet()), pattern, EnumSet.of(DispatcherType.REQUEST));
        }
        context.addServlet(new ServletHolder(new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                resp.setContentType("text/html");
                resp.getWriter().write("<!doctype html><title>Planverk</title>");
            }
        }), "/*");
        server.setHandler(context);
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + connector.getLocalPort() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theReadinessProbeAndApiCallsHearThePlatformIsStarting() throws Exception {
        for (String path : new String[] {"/api/v1/health/ready", "/api/v1/measures?limit=1", "/api"}) {
            HttpResponse<String> answer = get(path);
            assertEquals(503, answer.statusCode(), path);
            assertEquals("5", answer.headers().firstValue("Retry-After").orElse(null), path);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            assertTrue(answer.body().contains("\"status\":\"DOWN\""), path);
        }
    }

    @Test
    void pagesStillGoToTheUi() throws Exception {
        for (String path : new String[] {"/", "/login", "/apis", "/plans/api"}) {
            HttpResponse<String> answer = get(path);
            assertEquals(200, answer.statusCode(), path);
            assertTrue(answer.body().startsWith("<!doctype html>"), path);
        }
    }
}
