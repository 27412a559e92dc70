package no.planverk.portal.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.Translator;

/**
 * The portal's texts in one language, from {@code messages.properties} (nynorsk), {@code _nb} and {@code _en}; messages
 * of other modules (a refused submission) through the platform's {@link Translator} when there is one.
 */
public final class Texts {

    static final String BUNDLE = "no.planverk.portal.core.internal.messages";
    private final Lang lang;
    private final ResourceBundle bundle;
    private final Translator translator;

    public Texts(Lang lang, Translator translator) {
        this.lang = lang;
        this.translator = translator;
        // the base file is nynorsk: for nn ask for a locale with no file of its own, so no JVM default creeps in
        Locale locale = lang == Lang.NN ? Locale.ROOT : lang.locale();
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Lang lang() {
        return lang;
    }

    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(args);
    }

    /** A Planverk message (ours or another module's) in this language. */
    public String t(Message message) {
        if (message.key() != null && message.key().startsWith("portal.")) {
            String pattern;
            try {
                pattern = bundle.getString(message.key());
            } catch (MissingResourceException e) {
                return message.english();
            }
            return new MessageFormat(pattern, lang.locale()).format(message.args().toArray());
        }
        return translator == null ? message.english() : translator.text(message, lang.locale());
    }

    public String t(PlanverkException e) {
        return t(e.message());
    }
}
