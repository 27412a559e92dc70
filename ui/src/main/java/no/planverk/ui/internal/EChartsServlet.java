package no.planverk.ui.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves the vendored Apache ECharts script (and its LICENSE and NOTICE) on the shell's servlet context, beside
 * Vaadin, for every module's charts ({@link no.planverk.ui.api.chart.EChart}). Only these three public files are served, with their MIME types, gzipped
 * when the browser takes it; nothing else of the bundle is reachable.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(EChartsServlet.PATH + "/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + UiContext.NAME + ")")
public class EChartsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Where the files are served, from the application root. */
    public static final String PATH = no.planverk.ui.api.chart.EChart.PATH;
    static final Map<String, String> FILES = Map.of("echarts.min.js", "text/javascript; charset=UTF-8",
            "LICENSE", "text/plain; charset=UTF-8", "NOTICE", "text/plain; charset=UTF-8");
    private final transient Map<String, byte[]> plain = new ConcurrentHashMap<>();
    private final transient Map<String, byte[]> gzipped = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String type = FILES.get(name);
        if (type == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write("Not found");
            return;
        }
        String accepts = request.getHeader("Accept-Encoding");
        boolean gzip = accepts != null && accepts.contains("gzip");
        byte[] body = gzip ? gzipped.computeIfAbsent(name, n -> gzip(content(n))) : content(name);
        response.setContentType(type);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "public, max-age=604800"); // the URL carries the version
        response.setHeader("Vary", "Accept-Encoding");
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    byte[] content(String name) {
        return plain.computeIfAbsent(name, n -> {
            try (InputStream in = EChartsServlet.class.getResourceAsStream("/static/echarts/" + n)) {
                if (in == null) {
                    throw new IllegalStateException("Missing in the bundle: static/echarts/" + n);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
