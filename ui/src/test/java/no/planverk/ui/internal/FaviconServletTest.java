package no.planverk.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.mvysny.fakeservlet.FakeContext;
import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** /favicon.ico answers with Planverk's 32 × 32 PNG. */
class FaviconServletTest {

    @Test
    void servesThePng() throws Exception {
        FakeResponse response = new FakeResponse();
        new FaviconServlet().doGet(new FakeRequest(FakeHttpSession.Companion.create(new FakeContext())), response);
        assertEquals(200, response.getStatus());
        assertEquals("image/png", response.getContentType());
        byte[] body = response.getBuffer().toByteArray();
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(body, 4));
        assertEquals(32, body[19], "width in the IHDR chunk");
    }
}
