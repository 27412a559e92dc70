package no.planverk.platform.api;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text for a person, said once for every language: a message key (its first part names the {@link MessageCatalog}
 * that holds it, e.g. {@code measures.goal.unknown}), its arguments ({0}, {1} … of the catalog's patterns) and the
 * English text for the log and for callers who ask for no other language. A null key: English only.
 */
public record Message(String key, List<Object> args, String english) implements Serializable {

    public Message {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /**
     * A message whose English text is {@code englishPattern} (a {@link MessageFormat} pattern like the catalog's) over
     * {@code args}; arguments must not be null (use "" or a word).
     */
    public static Message of(String key, String englishPattern, Object... args) {
        return new Message(key, Arrays.asList(args), new MessageFormat(englishPattern, Locale.ENGLISH).format(args));
    }

    /** Text without a key (from code that has none yet, or from elsewhere, e.g. a parser): the same in every language. */
    public static Message plain(String text) {
        return new Message(null, List.of(), text);
    }

    /** The catalog prefix of the key: the part before the first dot, or null. */
    public String prefix() {
        if (key == null) {
            return null;
        }
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    @Override
    public String toString() {
        return english;
    }
}
