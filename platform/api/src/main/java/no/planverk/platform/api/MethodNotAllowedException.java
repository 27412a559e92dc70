package no.planverk.platform.api;

import java.util.Set;
import java.util.TreeSet;

/** The path exists but not for this method (HTTP 405, with an {@code Allow} header naming {@link #allowed()}). */
public class MethodNotAllowedException extends PlanverkException {
    private static final long serialVersionUID = 1L;
    private final Set<String> allowed;

    public MethodNotAllowedException(String method, Set<String> allowed) {
        super(Message.of("platform.method", "Method {0} is not allowed here; use {1}", method, String.join(", ", new TreeSet<>(allowed))));
        this.allowed = Set.copyOf(allowed);
    }

    /** The methods the path answers, e.g. GET and POST. */
    public Set<String> allowed() {
        return allowed;
    }
}
