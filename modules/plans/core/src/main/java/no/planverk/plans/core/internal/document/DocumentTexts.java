package no.planverk.plans.core.internal.document;

import java.text.MessageFormat;
import java.util.Locale;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.MessageCatalog;

/** The plans catalog's texts for what the document itself shows (placeholders of missing blocks, column headers). */
final class DocumentTexts {

    private static final MessageCatalog CATALOG = MessageCatalog.of("plans", "no.planverk.plans.core.internal.messages",
            DocumentTexts.class.getClassLoader());

    private DocumentTexts() {
    }

    /** The message in the locale (nynorsk when none is given), its English text when the catalog lacks the key. */
    static String text(Message message, Locale locale) {
        Locale l = locale == null ? Locale.forLanguageTag("nn-NO") : locale;
        return CATALOG.pattern(message.key(), l).map(p -> new MessageFormat(p, l).format(message.args().toArray()))
                .orElse(message.english());
    }

    static String text(Locale locale, String key, String english, Object... args) {
        return text(Message.of(key, english, args), locale);
    }
}
