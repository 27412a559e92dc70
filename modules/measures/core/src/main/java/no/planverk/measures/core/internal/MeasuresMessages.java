package no.planverk.measures.core.internal;

import java.util.Locale;
import java.util.Optional;
import no.planverk.platform.api.MessageCatalog;
import org.osgi.service.component.annotations.Component;

/** The measures module's message texts (keys {@code measures.*}), in messages.properties, _nb and _en beside this class. */
@Component(service = MessageCatalog.class)
public class MeasuresMessages implements MessageCatalog {

    static final String BASE_NAME = "no.planverk.measures.core.internal.messages";

    private final MessageCatalog texts = MessageCatalog.of("measures", BASE_NAME, MeasuresMessages.class.getClassLoader());

    @Override
    public String prefix() {
        return "measures";
    }

    @Override
    public Optional<String> pattern(String key, Locale locale) {
        return texts.pattern(key, locale);
    }
}
