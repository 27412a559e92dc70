package no.planverk.volunteers.ui.internal;

import no.planverk.ui.api.Texts;

/** Texts of the volunteer views ({@code no/planverk/volunteers/ui/internal/messages*.properties}). */
public final class VolTexts {

    public static final Texts TEXTS = new Texts(VolTexts.class, "no.planverk.volunteers.ui.internal.messages");

    private VolTexts() {
    }

    public static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
