package no.planverk.plans.ui.internal.goals;

import no.planverk.ui.api.Texts;

/** Texts of the goal, red-thread, indicator and planprogram views ({@code goals/messages*.properties}). */
public final class GoalTexts {

    public static final Texts TEXTS = new Texts(GoalTexts.class, "no.planverk.plans.ui.internal.goals.messages");

    private GoalTexts() {
    }

    public static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
