package no.planverk.plans.core.internal;

import java.util.Locale;
import java.util.Optional;
import no.planverk.platform.api.MessageCatalog;
import org.osgi.service.component.annotations.Component;

/** The plans module's message texts (keys {@code plans.*}), in messages.properties, _nb and _en beside this class. */
@Component(service = MessageCatalog.class)
public class PlansMessages implements MessageCatalog {

    static final String BASE_NAME = "no.planverk.plans.core.internal.messages";

    private final MessageCatalog texts = MessageCatalog.of("plans", BASE_NAME, PlansMessages.class.getClassLoader());

    @Override
    public String prefix() {
        return "plans";
    }

    @Override
    public Optional<String> pattern(String key, Locale locale) {
        return texts.pattern(key, locale);
    }
}
