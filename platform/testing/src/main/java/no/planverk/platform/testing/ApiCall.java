package no.planverk.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.UserContext;

/**
 * A request as the platform hands it to an endpoint, for endpoint tests without a servlet: {@code ApiCall.of("PUT",
 * "7/document/sections/3", user, body)} with the path below the endpoint, a query and an optional JSON body.
 */
public record ApiCall(String method, List<String> segments, Map<String, String> params, UserContext user, byte[] bytes) implements ApiRequest {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS).build();

    public static ApiCall of(String method, String pathAndQuery, UserContext user, String body) {
        String[] parts = pathAndQuery.split("\\?", 2);
        Map<String, String> params = new LinkedHashMap<>();
        if (parts.length > 1) {
            for (String p : parts[1].split("&")) {
                String[] kv = p.split("=", 2);
                params.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return new ApiCall(method, Arrays.stream(parts[0].split("/")).filter(s -> !s.isEmpty()).toList(), params, user,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<String> query(String name) {
        return Optional.ofNullable(params.get(name));
    }

    @Override
    public <T> T body(Class<T> type) {
        try {
            return JSON.readValue(bytes, type);
        } catch (java.io.IOException e) {
            throw new InvalidInputException("Not JSON for " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public String bodyText() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] bodyBytes() {
        return bytes;
    }

    public static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
