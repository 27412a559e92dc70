package no.planverk.plans.core.internal.document.export;

import java.text.MessageFormat;
import java.util.Locale;
import no.planverk.platform.api.MessageCatalog;

/** The fixed texts of an exported document (keys {@code plans.document.export.*}) in the document's language. */
final class ExportTexts {

    private final MessageCatalog catalog;
    private final Locale locale;

    ExportTexts(MessageCatalog catalog, Locale locale) {
        this.catalog = catalog;
        this.locale = locale;
    }

    String get(String key, Object... args) {
        String pattern = catalog.pattern(key, locale).orElse(key);
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(args);
    }

    /** The page's lang attribute: nn, nb or en. */
    String language() {
        String lang = locale.getLanguage();
        return "nb".equals(lang) || "en".equals(lang) ? lang : "nn";
    }

    Locale locale() {
        return locale;
    }
}
