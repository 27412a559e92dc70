package no.planverk.plans.api;

import java.util.List;
import java.util.Map;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** The drafts' validation helpers: trimmed text, length limits and the error with every field's message. */
final class Texts {

    private Texts() {
    }

    static String trim(String s) {
        return Fields.trim(s);
    }

    /** A text over {@code max} characters: {@code key} says so ({0}: the limit, {1}: the length now). */
    static void checkLength(Map<String, Message> errors, String field, String value, int max, String key) {
        if (value != null && value.length() > max) {
            errors.put(field, Message.of(key, field + ": at most {0} characters (now {1})", String.valueOf(max),
                    String.valueOf(value.length())));
        }
    }

    /**
     * Throws an {@link InvalidInputException} with every field's message when there are any: in English "{what} has
     * errors: a; b", in the other languages {@code key}'s text, which points to the fields.
     */
    static void throwIfAny(Map<String, Message> errors, String key, String what) {
        if (!errors.isEmpty()) {
            String english = what + " has errors: " + String.join("; ", errors.values().stream().map(Message::english).toList());
            throw new InvalidInputException(new Message(key, List.of(), english), errors);
        }
    }
}
