package no.planverk.ui.api;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Translated texts from a bundle's {@code .properties} files (UTF-8): the base file is nynorsk, and
 * {@code _nb} and {@code _en} files give bokmål and English. A missing key shows as {@code !key!}.
 */
public final class Texts {

    public static final Locale NYNORSK = Locale.forLanguageTag("nn-NO");
    public static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    private static final List<Locale> SUPPORTED = List.of(NYNORSK, BOKMAL, ENGLISH);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;

    /** @param anchor a class of the bundle that holds the files, e.g. the module's view */
    public Texts(Class<?> anchor, String baseName) {
        this.baseName = baseName;
        this.loader = anchor.getClassLoader();
    }

    public static List<Locale> supported() {
        return SUPPORTED;
    }

    /** One of the supported locales: the closest by language, nynorsk otherwise. */
    public static Locale supportedOrDefault(Locale locale) {
        if (locale == null) {
            return NYNORSK;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(locale.getLanguage().equals("no") ? BOKMAL : NYNORSK);
    }

    /** The locale of the current UI or session, nynorsk outside a request. */
    public static Locale currentLocale() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            return supportedOrDefault(ui.getLocale());
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? NYNORSK : supportedOrDefault(session.getLocale());
    }

    public String get(String key, Object... args) {
        return get(currentLocale(), key, args);
    }

    public String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(baseName, supportedOrDefault(locale), loader, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
