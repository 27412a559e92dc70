package no.example.bustad.ui.internal;

import no.planverk.ui.api.Texts;

/** Texts of the Bustad views: {@code messages.properties} (nynorsk), {@code _nb} and {@code _en} beside this class. */
public final class BustadTexts {

    public static final Texts TEXTS = new Texts(BustadTexts.class, "no.example.bustad.ui.internal.messages");

    private BustadTexts() {
    }

    public static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    static String step(no.example.bustad.api.HousingStep s) {
        return t("step." + s.id());
    }

    static String status(no.example.bustad.api.EntryStatus s) {
        return t("status." + s.id());
    }
}
