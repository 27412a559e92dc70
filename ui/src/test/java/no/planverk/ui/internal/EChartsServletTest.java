package no.planverk.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.fakeservlet.FakeContext;
import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The vendored ECharts files: served with their MIME type, gzipped on request, and nothing else. */
class EChartsServletTest {

    private final EChartsServlet servlet = new EChartsServlet();

    private FakeResponse get(String pathInfo, String acceptEncoding) throws IOException {
        FakeRequest fake = new FakeRequest(FakeHttpSession.Companion.create(new FakeContext()));
        if (acceptEncoding != null) {
            fake.getHeaders().put("Accept-Encoding", List.of(acceptEncoding));
        }
        FakeResponse response = new FakeResponse();
        servlet.doGet(new HttpServletRequestWrapper(fake) {
            @Override
            public String getPathInfo() {
                return pathInfo;
            }
        }, response);
        return response;
    }

    @Test
    void theScriptIsJavaScriptAndTheSameGzipped() throws IOException {
        FakeResponse plain = get("/echarts.min.js", null);
        assertEquals(200, plain.getStatus());
        assertEquals("text/javascript; charset=UTF-8", plain.getContentType());
        assertEquals("nosniff", plain.getHeader("X-Content-Type-Options"));
        assertNull(plain.getHeader("Content-Encoding"));
        byte[] script = plain.getBuffer().toByteArray();
        assertTrue(script.length > 900_000, "the whole of echarts.min.js: " + script.length);
        assertTrue(new String(script, 0, 2000, StandardCharsets.UTF_8).contains("Apache"), "its licence header");

        FakeResponse gzip = get("/echarts.min.js", "gzip, deflate, br");
        assertEquals("gzip", gzip.getHeader("Content-Encoding"));
        byte[] packed = gzip.getBuffer().toByteArray();
        assertTrue(packed.length < script.length / 2, "gzip: " + packed.length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            assertArrayEquals(script, in.readAllBytes());
        }
    }

    @Test
    void theLicenceIsServedAndNothingElseOfTheBundle() throws IOException {
        FakeResponse licence = get("/LICENSE", null);
        assertEquals("text/plain; charset=UTF-8", licence.getContentType());
        assertTrue(licence.getBufferAsString().contains("Apache License"));
        for (String path : new String[] {"/README.md", "/../../no/planverk/competence/ui/internal/messages.properties", "/", null}) {
            assertEquals(404, get(path, null).getStatus(), String.valueOf(path));
        }
    }
}
