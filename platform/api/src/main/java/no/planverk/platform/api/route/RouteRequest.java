package no.planverk.platform.api.route;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.planverk.platform.api.ApiRequest;
import no.planverk.platform.api.UserContext;

/** A call matched to a route: the request and the path parameters of its pattern, already typed. */
public final class RouteRequest implements ApiRequest {

    private final ApiRequest request;
    private final Map<String, Object> parameters;

    RouteRequest(ApiRequest request, Map<String, Object> parameters) {
        this.request = request;
        this.parameters = Map.copyOf(parameters);
    }

    /** The number parameter {@code {name}} of the route's pattern. */
    public long id(String name) {
        return (Long) parameter(name);
    }

    /** The text parameter {@code {name:text}} of the route's pattern. */
    public String text(String name) {
        return (String) parameter(name);
    }

    private Object parameter(String name) {
        Object value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The route has no parameter {" + name + "}");
        }
        return value;
    }

    @Override
    public String method() {
        return request.method();
    }

    @Override
    public List<String> segments() {
        return request.segments();
    }

    @Override
    public Optional<String> query(String name) {
        return request.query(name);
    }

    @Override
    public UserContext user() {
        return request.user();
    }

    @Override
    public <T> T body(Class<T> type) {
        return request.body(type);
    }

    @Override
    public String bodyText() {
        return request.bodyText();
    }

    @Override
    public byte[] bodyBytes() {
        return request.bodyBytes();
    }
}
