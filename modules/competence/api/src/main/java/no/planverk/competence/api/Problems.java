package no.planverk.competence.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** The problems of a draft, one message with its key per field. */
final class Problems {

    private final Map<String, Message> fields = new LinkedHashMap<>();

    void put(String field, String key, String english, Object... args) {
        fields.put(field, Message.of(key, english, args));
    }

    /** Text longer than {@code max}. */
    void length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            put(field, "competence.field.tooLong", "{0}: at most {1} characters (now {2})", field, String.valueOf(max),
                    String.valueOf(value.length()));
        }
    }

    /**
     * Throws when there are problems: in English "{what} has errors: ..." with all of them, said in other languages as
     * the first one (each field has its own message).
     */
    void throwIfAny(String what) {
        if (fields.isEmpty()) {
            return;
        }
        Message first = fields.values().iterator().next();
        String english = what + " has errors: " + fields.values().stream().map(Message::english).collect(Collectors.joining("; "));
        throw new InvalidInputException(new Message(first.key(), first.args(), english), fields);
    }
}
