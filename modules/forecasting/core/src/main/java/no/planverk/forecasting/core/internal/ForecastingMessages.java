package no.planverk.forecasting.core.internal;

import java.util.Locale;
import java.util.Optional;
import no.planverk.platform.api.MessageCatalog;
import org.osgi.service.component.annotations.Component;

/** The module's message texts (keys {@code forecasting.*}), in messages.properties, _nb and _en beside this class. */
@Component(service = MessageCatalog.class)
public class ForecastingMessages implements MessageCatalog {

    static final String BASE_NAME = "no.planverk.forecasting.core.internal.messages";

    private final MessageCatalog texts = MessageCatalog.of("forecasting", BASE_NAME, ForecastingMessages.class.getClassLoader());

    @Override
    public String prefix() {
        return "forecasting";
    }

    @Override
    public Optional<String> pattern(String key, Locale locale) {
        return texts.pattern(key, locale);
    }
}
