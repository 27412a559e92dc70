package no.planverk.competence.core.internal;

import java.util.Locale;
import java.util.Optional;
import no.planverk.platform.api.MessageCatalog;
import org.osgi.service.component.annotations.Component;

/** The module's message texts (keys {@code competence.*}), in messages.properties, _nb and _en beside this class. */
@Component(service = MessageCatalog.class)
public class CompetenceMessages implements MessageCatalog {

    static final String BASE_NAME = "no.planverk.competence.core.internal.messages";

    private final MessageCatalog texts = MessageCatalog.of("competence", BASE_NAME, CompetenceMessages.class.getClassLoader());

    @Override
    public String prefix() {
        return "competence";
    }

    @Override
    public Optional<String> pattern(String key, Locale locale) {
        return texts.pattern(key, locale);
    }
}
