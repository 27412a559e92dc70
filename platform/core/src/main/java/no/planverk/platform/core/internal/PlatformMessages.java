package no.planverk.platform.core.internal;

import java.util.Locale;
import java.util.Optional;
import no.planverk.platform.api.MessageCatalog;
import org.osgi.service.component.annotations.Component;

/** The platform's own message texts (keys {@code platform.*}), in messages.properties, _nb and _en beside this class. */
@Component(service = MessageCatalog.class)
public class PlatformMessages implements MessageCatalog {

    private final MessageCatalog texts = MessageCatalog.of("platform", "no.planverk.platform.core.internal.messages",
            PlatformMessages.class.getClassLoader());

    @Override
    public String prefix() {
        return "platform";
    }

    @Override
    public Optional<String> pattern(String key, Locale locale) {
        return texts.pattern(key, locale);
    }
}
