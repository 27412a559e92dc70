package no.planverk.plans.ui.internal;

import no.planverk.ui.api.Texts;

/** Texts of the plan views ({@code no/planverk/plans/ui/internal/messages*.properties}). */
public final class PlansTexts {

    public static final Texts TEXTS = new Texts(PlansTexts.class, "no.planverk.plans.ui.internal.messages");

    private PlansTexts() {
    }

    public static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
