package no.planverk.measures.ui.internal;

import no.planverk.ui.api.Texts;

/** Texts of the measure views ({@code no/planverk/measures/ui/internal/messages*.properties}). */
public final class MeasuresTexts {

    public static final Texts TEXTS = new Texts(MeasuresTexts.class, "no.planverk.measures.ui.internal.messages");

    private MeasuresTexts() {
    }

    public static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
