package no.planverk.platform.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.MessageCatalog;
import no.planverk.platform.api.Translator;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says messages with the catalogs that are registered now; English when the key or its catalog is missing. */
@Component(service = Translator.class)
public class TranslatorImpl implements Translator {

    private static final Logger LOG = LoggerFactory.getLogger(TranslatorImpl.class);
    private final Map<String, MessageCatalog> catalogs = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCatalog(MessageCatalog catalog) {
        MessageCatalog old = catalogs.putIfAbsent(catalog.prefix(), catalog);
        if (old != null && old != catalog) {
            LOG.warn("Two message catalogs claim the prefix '{}'; the first one is used", catalog.prefix());
        }
    }

    void removeCatalog(MessageCatalog catalog) {
        catalogs.remove(catalog.prefix(), catalog);
    }

    @Override
    public String text(Message message, Locale locale) {
        if (message.key() == null) {
            return message.english();
        }
        MessageCatalog catalog = catalogs.get(message.prefix());
        Optional<String> pattern = catalog == null ? Optional.empty() : catalog.pattern(message.key(), locale);
        if (pattern.isEmpty()) {
            return message.english();
        }
        try {
            return new MessageFormat(pattern.get(), locale).format(message.args().toArray());
        } catch (IllegalArgumentException e) {
            LOG.warn("The text of {} in {} is not a valid pattern: {}", message.key(), locale, e.getMessage());
            return message.english();
        }
    }
}
