package no.planverk.platform.core.internal.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import no.planverk.platform.json.JsonMappers;

/**
 * The OpenAPI 3.1 description of {@code /api/v1}, merged from the fragments the endpoints' bundles ship as
 * {@code openapi/<path>.json} ({@code paths} relative to {@code /api/v1}, optional {@code components.schemas}). An
 * endpoint without a fragment is named in {@code x-planverk-undescribed}, so the gap shows.
 */
public final class OpenApiDocument {

    private static final ObjectMapper MAPPER = JsonMappers.standard();

    private OpenApiDocument() {
    }

    /** @param fragments by endpoint path; a null value for an endpoint that ships none */
    public static ObjectNode merge(Map<String, String> fragments) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("openapi", "3.1.0");
        doc.putObject("info").put("title", "Planverk API").put("version", "1")
                .put("description", "HTTP Basic against the same login as the UI; errors are {status, message, fields}.");
        doc.putArray("servers").addObject().put("url", "/api/v1");
        doc.putArray("security").addObject().putArray("basic");
        ObjectNode components = doc.putObject("components");
        components.putObject("securitySchemes").putObject("basic").put("type", "http").put("scheme", "basic");
        ObjectNode schemas = components.putObject("schemas");
        Map<String, JsonNode> paths = new TreeMap<>();
        ArrayNode undescribed = MAPPER.createArrayNode();
        new TreeMap<>(fragments).forEach((endpoint, text) -> {
            if (text == null) {
                undescribed.add(endpoint);
                return;
            }
            JsonNode fragment = read(endpoint, text);
            fragment.path("paths").fields().forEachRemaining(e -> paths.put(e.getKey(), e.getValue()));
            for (Iterator<Map.Entry<String, JsonNode>> it = fragment.path("components").path("schemas").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> s = it.next();
                schemas.set(s.getKey(), s.getValue());
            }
        });
        ObjectNode out = doc.putObject("paths");
        paths.forEach(out::set);
        if (!undescribed.isEmpty()) {
            doc.set("x-planverk-undescribed", undescribed);
        }
        return doc;
    }

    private static JsonNode read(String endpoint, String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("The OpenAPI fragment of /api/v1/" + endpoint + " is not JSON: " + e.getMessage(), e);
        }
    }

    public static String write(ObjectNode doc) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
