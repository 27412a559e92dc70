package no.planverk.competence.ui.internal;

import no.planverk.ui.api.Texts;

/** Texts of the competence views ({@code no/planverk/competence/ui/internal/messages*.properties}). */
public final class CompetenceTexts {

    public static final Texts TEXTS = new Texts(CompetenceTexts.class, "no.planverk.competence.ui.internal.messages");

    private CompetenceTexts() {
    }

    public static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
