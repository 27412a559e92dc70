package no.planverk.platform.core.internal.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.UserContext;

record ApiRequestImpl(String method, List<String> segments, Map<String, String> parameters, UserContext user,
        String bodyText) implements ApiRequest {

    @Override
    public Optional<String> query(String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public <T> T body(Class<T> type) {
        return Json.read(bodyText, type);
    }
}
