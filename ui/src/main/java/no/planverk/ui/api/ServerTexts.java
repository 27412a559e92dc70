package no.planverk.ui.api;

import java.util.Locale;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.Translator;

/**
 * Messages from the services (errors, row errors of imports) in the user's language, through the platform's
 * {@link Translator}, which the shell hands over while it runs; English when there is none.
 */
public final class ServerTexts {

    private static volatile Translator translator;

    private ServerTexts() {
    }

    /** Set by the shell (modules do not call this). */
    public static void use(Translator t) {
        translator = t;
    }

    /** {@code message} in the current UI language. */
    public static String of(Message message) {
        return of(message, Texts.currentLocale());
    }

    public static String of(Message message, Locale locale) {
        Translator t = translator;
        return t == null || message == null ? (message == null ? "" : message.english()) : t.text(message, locale);
    }

    /** The message of a service error in the current UI language. */
    public static String of(PlanverkException e) {
        return of(e.message());
    }
}
