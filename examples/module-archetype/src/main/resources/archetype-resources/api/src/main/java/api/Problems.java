package ${package}.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/**
 * A draft's problems field by field, each a Planverk {@link Message}: a key ({@code ${moduleId}.*}, whose nynorsk,
 * bokmål and English texts the core's {@code ${moduleClass}Messages} catalog holds), its arguments and the English text.
 * Planverk answers the API in the caller's language (Accept-Language) and the UI shows them with {@code ServerTexts}.
 */
final class Problems {

    private final Map<String, Message> found = new LinkedHashMap<>();

    /** The first problem of a field counts; {@code english} is a MessageFormat pattern over {@code args}, like the key's texts. */
    Problems add(String field, String key, String english, Object... args) {
        found.putIfAbsent(field, Message.of(key, english, args));
        return this;
    }

    /** Throws the 400 when anything was added: in English "The item has errors: a; b". */
    void check() {
        if (!found.isEmpty()) {
            String english = "The item has errors: " + String.join("; ", found.values().stream().map(Message::english).toList());
            throw new InvalidInputException(new Message("${moduleId}.item.invalid", List.of(), english), found);
        }
    }
}
