package no.example.bustad.api;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planverk.platform.api.InvalidInputException;

/**
 * Input that breaks a rule, said twice: in English for the HTTP API and the log (the message and field errors of
 * {@link InvalidInputException}, which Planverk answers as a 400), and as a message key with arguments that the ui bundle
 * looks up in its own messages files, so a user reads it in nynorsk, bokmål or English. The keys are the module's own;
 * should Planverk's API get message keys of its own, only this class and the ui's lookup change.
 */
public class InputProblem extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    /**
     * One field's problem.
     *
     * @param key     the key in the ui's messages files, e.g. {@code entry.note.tooLong}
     * @param args    its arguments ({0}, {1}, ...), numbers and text
     * @param english the English text, for the HTTP API
     */
    public record Message(String key, List<Object> args, String english) implements Serializable {
    }

    private final Map<String, Message> messages;

    private InputProblem(Map<String, Message> messages) {
        super(String.join("; ", messages.values().stream().map(Message::english).toList()), english(messages));
        this.messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
    }

    /** A problem with one field; {@code english} is a MessageFormat pattern over {@code args}, like the key's texts. */
    public static InputProblem field(String field, String key, String english, Object... args) {
        Problems p = new Problems().add(field, key, english, args);
        return new InputProblem(p.found);
    }

    /** Field name to message, in the order found. */
    public Map<String, Message> messages() {
        return messages;
    }

    private static Map<String, String> english(Map<String, Message> messages) {
        Map<String, String> out = new LinkedHashMap<>();
        messages.forEach((field, m) -> out.put(field, m.english()));
        return out;
    }

    /** Collects a draft's problems field by field (the first per field counts); {@link #check()} throws when there are any. */
    public static final class Problems {
        private final Map<String, Message> found = new LinkedHashMap<>();

        public Problems add(String field, String key, String english, Object... args) {
            found.putIfAbsent(field, new Message(key, List.of(args), new MessageFormat(english, Locale.ENGLISH).format(args)));
            return this;
        }

        public void check() {
            if (!found.isEmpty()) {
                throw new InputProblem(found);
            }
        }
    }
}
