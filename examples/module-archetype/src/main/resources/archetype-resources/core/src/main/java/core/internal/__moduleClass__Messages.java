package ${package}.core.internal;

import java.util.Locale;
import java.util.Optional;
import no.planverk.platform.api.MessageCatalog;
import org.osgi.service.component.annotations.Component;

/**
 * The module's message texts (keys {@code ${moduleId}.*}) in messages.properties (nynorsk), _nb and _en beside this
 * class. Planverk's translator finds them through this service: the API answers a 400 in the caller's language
 * (Accept-Language) and the views show the service's messages in the user's ({@code ServerTexts.of}).
 */
@Component(service = MessageCatalog.class)
public class ${moduleClass}Messages implements MessageCatalog {

    static final String BASE_NAME = "${package}.core.internal.messages";

    private final MessageCatalog texts = MessageCatalog.of("${moduleId}", BASE_NAME, ${moduleClass}Messages.class.getClassLoader());

    @Override
    public String prefix() {
        return "${moduleId}";
    }

    @Override
    public Optional<String> pattern(String key, Locale locale) {
        return texts.pattern(key, locale);
    }
}
