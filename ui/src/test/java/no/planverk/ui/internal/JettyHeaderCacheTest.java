package no.planverk.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In a real Jetty: after the first request the connector opens connections without a header cache (Jetty's default is
 * 1 024 rows, about 100 KiB per open connection).
 */
class JettyHeaderCacheTest {

    private Server server;

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void theFirstRequestTurnsTheCacheOff() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new JettyHeaderCache()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                resp.getWriter().write("ok");
            }
        }), "/*");
        server.setHandler(context);
        server.start();
        HttpConfiguration config = connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration();
        assertEquals(1024, config.getHeaderCacheSize(), "Jetty's default");

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/")).header("User-Agent", "Chromium").build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals("ok", answer.body(), "the request went on to the servlet");
        assertEquals(0, config.getHeaderCacheSize());
    }
}
