package no.example.bustad.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import no.example.bustad.api.InputProblem;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.ui.api.Texts;

/** Texts of the Bustad views: {@code messages.properties} (nynorsk), {@code _nb} and {@code _en} beside this class. */
public final class BustadTexts {

    public static final Texts TEXTS = new Texts(BustadTexts.class, "no.example.bustad.ui.internal.messages");

    private BustadTexts() {
    }

    public static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    /**
     * A refused input's messages by field, in the user's language: Bustad's own problems ({@link InputProblem}) by their
     * keys in the messages files; anything else (Planverk's own rules) as the service wrote it.
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

    static String step(no.example.bustad.api.HousingStep s) {
        return t("step." + s.id());
    }

    static String status(no.example.bustad.api.EntryStatus s) {
        return t("status." + s.id());
    }
}
