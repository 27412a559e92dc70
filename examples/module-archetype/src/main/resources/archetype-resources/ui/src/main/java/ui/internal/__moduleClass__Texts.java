package ${package}.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import ${package}.api.InputProblem;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.ui.api.Texts;

/** The module's texts: {@code messages.properties} (nynorsk), {@code _nb} (bokmål) and {@code _en} (English) beside this class. */
public final class ${moduleClass}Texts {

    public static final Texts TEXTS = new Texts(${moduleClass}Texts.class, "${package}.ui.internal.messages");

    private ${moduleClass}Texts() {
    }

    /**
     * A refused input's messages by field, in the user's language: the module's own problems ({@link InputProblem}) by
     * their keys in the messages files; anything else (Planverk's own rules) as the service wrote it.
     */
    public static Map<String, String> problems(InvalidInputException e) {
        Map<String, String> out = new LinkedHashMap<>();
        if (e instanceof InputProblem p) {
            p.messages().forEach((field, m) -> out.put(field, TEXTS.get(m.key(), m.args().toArray())));
        } else {
            out.putAll(e.fieldErrors());
        }
        return out;
    }

    /** The text for {@code key} in the current user's language. */
    public static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
