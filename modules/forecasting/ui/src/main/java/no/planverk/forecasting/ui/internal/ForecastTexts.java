package no.planverk.forecasting.ui.internal;

import no.planverk.ui.api.Texts;

/** Texts of the forecasting views ({@code no/planverk/forecasting/ui/internal/messages*.properties}). */
public final class ForecastTexts {

    public static final Texts TEXTS = new Texts(ForecastTexts.class, "no.planverk.forecasting.ui.internal.messages");

    private ForecastTexts() {
    }

    public static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
