package ${package}.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.Texts;

/** The module's texts: {@code messages.properties} (nynorsk), {@code _nb} (bokmål) and {@code _en} (English) beside this class. */
public final class ${moduleClass}Texts {

    public static final Texts TEXTS = new Texts(${moduleClass}Texts.class, "${package}.ui.internal.messages");

    private ${moduleClass}Texts() {
    }

    /**
     * A refused input's messages by field, in the user's language: each a Planverk message whose key's texts a
     * {@code MessageCatalog} holds (the module's own in core's {@code ${moduleClass}Messages}, Planverk's in the platform's).
     */
    public static Map<String, String> problems(InvalidInputException e) {
        Map<String, String> out = new LinkedHashMap<>();
        e.fieldMessages().forEach((field, m) -> out.put(field, ServerTexts.of(m)));
        return out;
    }

    /** The text for {@code key} in the current user's language. */
    public static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
