package no.planverk.platform.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a rule (HTTP 400). Carries one message per offending field. */
public class InvalidInputException extends PlanverkException {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> fieldErrors;

    public InvalidInputException(String message) {
        this(message, Map.of());
    }

    public InvalidInputException(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException(message, Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
