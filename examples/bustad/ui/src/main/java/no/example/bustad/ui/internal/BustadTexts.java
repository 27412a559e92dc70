package no.example.bustad.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.ui.api.ServerTexts;
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
     * A refused input's messages by field, in the user's language: each a Planverk message whose key's texts a
     * {@code MessageCatalog} holds (Bustad's own in core's {@code BustadMessages}, Planverk's in the platform's).
     */
    public static Map<String, String> problems(InvalidInputException e) {
        Map<String, String> out = new LinkedHashMap<>();
        e.fieldMessages().forEach((field, m) -> out.put(field, ServerTexts.of(m)));
        return out;
    }

    static String step(no.example.bustad.api.HousingStep s) {
        return t("step." + s.id());
    }

    static String status(no.example.bustad.api.EntryStatus s) {
        return t("status." + s.id());
    }
}
