package no.planverk.ui.internal;

import no.planverk.ui.api.Texts;

/** The shell's own texts ({@code no/planverk/ui/internal/messages*.properties}). */
public final class ShellTexts {

    public static final Texts TEXTS = new Texts(ShellTexts.class, "no.planverk.ui.internal.messages");

    private ShellTexts() {
    }

    public static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
