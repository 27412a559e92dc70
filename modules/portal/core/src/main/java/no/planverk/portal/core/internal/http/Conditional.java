package no.planverk.portal.core.internal.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes a public answer with a strong ETag (a hash of its bytes) and answers 304 without a body when the client's
 * {@code If-None-Match} names it. The page is built either way; what is saved is the transfer, and a proxy or browser
 * can keep the page for {@code max-age} seconds. Never touches the session.
 */
public final class Conditional {

    private Conditional() {
    }

    public static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when {@code ifNoneMatch} (a list, weak or strong, or *) matches {@code etag}. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.startsWith("W/") && t.substring(2).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** 200 with the body, or 304 when the client has it already. */
    public static void write(HttpServletRequest req, HttpServletResponse resp, int status, String contentType, String body,
            int maxAgeSeconds) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = etag(bytes);
        resp.setHeader("Vary", "Accept-Language");
        if (status == 200) {
            resp.setHeader("ETag", etag);
            resp.setHeader("Cache-Control", "public, max-age=" + Math.max(0, maxAgeSeconds));
            if (matches(req.getHeader("If-None-Match"), etag)) {
                resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        } else {
            resp.setHeader("Cache-Control", "no-store");
        }
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(bytes.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(bytes);
        }
    }
}
