package no.planverk.volunteers.core.internal;

import java.util.Locale;
import java.util.Optional;
import no.planverk.platform.api.MessageCatalog;
import org.osgi.service.component.annotations.Component;

/** The volunteers module's message texts (keys {@code volunteers.*}), in messages.properties, _nb and _en beside this class. */
@Component(service = MessageCatalog.class)
public class VolunteersMessages implements MessageCatalog {

    public static final String BASE_NAME = "no.planverk.volunteers.core.internal.messages";

    private final MessageCatalog texts = MessageCatalog.of("volunteers", BASE_NAME, VolunteersMessages.class.getClassLoader());

    @Override
    public String prefix() {
        return "volunteers";
    }

    @Override
    public Optional<String> pattern(String key, Locale locale) {
        return texts.pattern(key, locale);
    }
}
