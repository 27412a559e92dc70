package no.planverk.ui.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.HttpConfiguration;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.Preprocessor;
import org.slf4j.LoggerFactory;

/**
 * Turns off Jetty's per-connection header cache. Jetty keeps one for every open HTTP/1.1 connection, sized by
 * {@code HttpConfiguration.headerCacheSize} (1 024 rows by default: a 96 KiB {@code char[]}), and a browser keeps about
 * two connections open per user until they have been idle for one to two minutes: with 20 users logged in that was
 * 4 MiB, more than their sessions held. The cache only saves parsing a few repeated header values per request. Felix
 * HTTP has no setting for it, so the first request through each connector sets it for the connections opened after.
 */
@Component(service = Preprocessor.class)
public class JettyHeaderCache implements Preprocessor {

    /** Header values longer than this are not cached: with 0 none are, and no table is allocated. */
    static final int SIZE = 0;
    /** False when the server is not Jetty 12 (its classes are imported optionally). */
    private volatile boolean jetty = true;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (jetty) {
            try {
                Jetty.turnOff(request);
            } catch (LinkageError e) {
                jetty = false;
                LoggerFactory.getLogger(JettyHeaderCache.class).info("Not on Jetty 12; its header cache stays as it is: {}", e.toString());
            }
        }
        chain.doFilter(request, response);
    }

    /** Jetty's types only here, so the filter loads without them. */
    static final class Jetty {
        private Jetty() {
        }

        static void turnOff(ServletRequest request) {
            ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
            HttpConfiguration config = jetty == null ? null : jetty.getConnectionMetaData().getHttpConfiguration();
            if (config != null && config.getHeaderCacheSize() != SIZE) {
                config.setHeaderCacheSize(SIZE);
            }
        }
    }
}
