package no.planverk.platform.api;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle's texts for its {@link Message} keys, registered as an OSGi service: the keys that start with
 * {@link #prefix()} and a dot, in nynorsk (the base file), bokmål ({@code _nb}) and English ({@code _en}).
 */
@ConsumerType
public interface MessageCatalog {

    /** The first part of the keys, e.g. {@code measures}. */
    String prefix();

    /** The pattern of {@code key} in {@code locale}, if the catalog has it. */
    Optional<String> pattern(String key, Locale locale);

    /**
     * A catalog read from {@code <baseName>.properties}, {@code _nb} and {@code _en} (UTF-8) with {@code loader}, e.g.
     * {@code MessageCatalog.of("measures", "no.planverk.measures.core.internal.messages", getClass().getClassLoader())}.
     */
    static MessageCatalog of(String prefix, String baseName, ClassLoader loader) {
        return new MessageCatalog() {
            @Override
            public String prefix() {
                return prefix;
            }

            @Override
            public Optional<String> pattern(String key, Locale locale) {
                try {
                    ResourceBundle b = ResourceBundle.getBundle(baseName, locale, loader, ResourceBundle.Control
                            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                    return b.containsKey(key) ? Optional.of(b.getString(key)) : Optional.empty();
                } catch (MissingResourceException e) {
                    return Optional.empty();
                }
            }
        };
    }
}
