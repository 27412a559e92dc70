package no.planverk.consultation.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import no.planverk.platform.api.MessageCatalog;
import org.osgi.service.component.annotations.Component;

/** The consultation module's message texts (keys {@code consultation.*}), in messages.properties, _nb and _en beside this class. */
@Component(service = MessageCatalog.class)
public class ConsultationMessages implements MessageCatalog {

    public static final String BASE_NAME = "no.planverk.consultation.core.internal.messages";

    private static final MessageCatalog TEXTS = MessageCatalog.of("consultation", BASE_NAME, ConsultationMessages.class.getClassLoader());

    @Override
    public String prefix() {
        return "consultation";
    }

    @Override
    public Optional<String> pattern(String key, Locale locale) {
        return TEXTS.pattern(key, locale);
    }

    /** The text of {@code key} in {@code locale} (nynorsk for any language but nb and en), with its arguments. */
    public static String text(Locale locale, String key, Object... args) {
        String pattern = TEXTS.pattern(key, locale).orElse(key);
        return new MessageFormat(pattern, locale).format(args);
    }
}
