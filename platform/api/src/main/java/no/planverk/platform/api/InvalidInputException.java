package no.planverk.platform.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a rule (HTTP 400). Carries one message per offending field. */
public class InvalidInputException extends PlanverkException {
    private static final long serialVersionUID = 1L;
    private final Map<String, Message> fields;

    public InvalidInputException(String message) {
        this(message, Map.of());
    }

    public InvalidInputException(String message, Map<String, String> fieldErrors) {
        this(Message.plain(message), plain(fieldErrors));
    }

    /** With message keys, for the whole and per field. */
    public InvalidInputException(Message message, Map<String, Message> fields) {
        super(message);
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public InvalidInputException(Message message) {
        this(message, Map.of());
    }

    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException(message, Map.of(field, message));
    }

    /** One field's problem, with its key. */
    public static InvalidInputException field(String field, Message message) {
        return new InvalidInputException(message, Map.of(field, message));
    }

    /** The field errors in English. */
    public Map<String, String> fieldErrors() {
        Map<String, String> english = new LinkedHashMap<>();
        fields.forEach((f, m) -> english.put(f, m.english()));
        return Collections.unmodifiableMap(english);
    }

    /** The field errors with their keys. */
    public Map<String, Message> fieldMessages() {
        return fields;
    }

    private static Map<String, Message> plain(Map<String, String> fieldErrors) {
        Map<String, Message> out = new LinkedHashMap<>();
        fieldErrors.forEach((f, text) -> out.put(f, Message.plain(text)));
        return out;
    }
}
