package no.planverk.measures.api;

import java.util.List;
import java.util.Map;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** The drafts' field problems as messages with keys (measures.*), and the error that carries them. */
final class Problems {

    private Problems() {
    }

    /** A text over {@code max} characters: {@code key} says so ({0}: the limit, {1}: the length now). */
    static void checkLength(Map<String, Message> errors, String field, String value, int max, String key) {
        if (value != null && value.length() > max) {
            errors.put(field, Message.of(key, field + ": at most {0} characters (now {1})", String.valueOf(max),
                    String.valueOf(value.length())));
        }
    }

    /** In English "{what} has errors: a; b" as before; in the other languages {@code key}'s text, which points to the fields. */
    static void throwIfAny(Map<String, Message> errors, String key, String what) {
        if (!errors.isEmpty()) {
            String english = what + " has errors: " + String.join("; ", errors.values().stream().map(Message::english).toList());
            throw new InvalidInputException(new Message(key, List.of(), english), errors);
        }
    }
}
