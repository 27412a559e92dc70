package no.planverk.portal.core.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an innspel as sent: a multipart form (the page's form, with its PDF), a URL-encoded form, or JSON
 * ({@code {"name":…, "text":…, "attachment":{"fileName":…, "content":"<base64>"}}}). Reads no more than the limits
 * allow; a form over them is {@link TooLarge}.
 */
final class FormReader {

    /** The fields as text, and the file if one came. */
    record Sent(Map<String, String> fields, String fileName, byte[] file) {
    }

    /** The request is larger than {@link SubmissionForm#REQUEST_MAX}, or a part larger than its field allows. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** The body is not JSON of the expected shape. */
    static final class BadJson extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private static final int FIELD_MAX_BYTES = SubmissionForm.TEXT_MAX * 4 + 16;

    private FormReader() {
    }

    static Sent read(HttpServletRequest req) throws IOException, TooLarge, BadJson {
        if (req.getContentLengthLong() > SubmissionForm.REQUEST_MAX) {
            throw new TooLarge();
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            return multipart(req);
        }
        if (type.startsWith("application/json")) {
            return json(req);
        }
        Map<String, String> fields = new HashMap<>();
        for (String name : SubmissionForm.FIELDS) {
            fields.put(name, req.getParameter(name));
        }
        fields.put(SubmissionForm.HONEYPOT, req.getParameter(SubmissionForm.HONEYPOT));
        return new Sent(fields, null, null);
    }

    private static Sent multipart(HttpServletRequest req) throws IOException, TooLarge {
        Map<String, String> fields = new HashMap<>();
        String fileName = null;
        byte[] file = null;
        try {
            for (Part part : req.getParts()) {
                if (part.getSubmittedFileName() != null) {
                    if (part.getName().equals("attachment") && part.getSize() > 0) {
                        fileName = part.getSubmittedFileName();
                        file = bounded(part.getInputStream(), SubmissionForm.FILE_MAX + 1);
                    }
                } else {
                    byte[] value = bounded(part.getInputStream(), FIELD_MAX_BYTES);
                    fields.putIfAbsent(part.getName(), new String(value, StandardCharsets.UTF_8));
                }
                part.delete();
            }
        } catch (IllegalStateException | ServletException e) {
            // the container refuses a part or request over the limits it was given
            throw new TooLarge();
        }
        return new Sent(fields, fileName, file);
    }

    private static Sent json(HttpServletRequest req) throws IOException, TooLarge, BadJson {
        byte[] body = bounded(req.getInputStream(), (int) Math.min(Integer.MAX_VALUE - 8, SubmissionForm.REQUEST_MAX * 2));
        JsonNode root;
        try {
            root = JsonViews.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new BadJson();
        }
        if (root == null || !root.isObject()) {
            throw new BadJson();
        }
        Map<String, String> fields = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                fields.put(e.getKey(), e.getValue().asText());
            }
        }
        JsonNode attachment = root.get("attachment");
        if (attachment == null || attachment.isNull()) {
            return new Sent(fields, null, null);
        }
        if (!attachment.isObject() || !attachment.path("content").isTextual()) {
            throw new BadJson();
        }
        try {
            byte[] file = Base64.getMimeDecoder().decode(attachment.path("content").asText());
            return new Sent(fields, attachment.path("fileName").asText(null), file);
        } catch (IllegalArgumentException e) {
            throw new BadJson();
        }
    }

    /** At most {@code max} bytes; more is {@link TooLarge}. */
    private static byte[] bounded(InputStream in, int max) throws IOException, TooLarge {
        try (in) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new TooLarge();
            }
            return bytes;
        }
    }
}
