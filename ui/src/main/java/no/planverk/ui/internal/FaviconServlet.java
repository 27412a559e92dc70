package no.planverk.ui.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** The browser's {@code /favicon.ico}: Planverk's icon (a PNG, which browsers take there) instead of a 404 on every page. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/favicon.ico")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + UiContext.NAME + ")")
public class FaviconServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient byte[] icon = read();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("image/png");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setContentLength(icon.length);
        response.getOutputStream().write(icon);
    }

    private static byte[] read() {
        try (InputStream in = FaviconServlet.class.getResourceAsStream("/static/favicon.png")) {
            if (in == null) {
                throw new IllegalStateException("Missing in the bundle: static/favicon.png");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
