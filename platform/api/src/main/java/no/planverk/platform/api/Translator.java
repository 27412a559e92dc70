package no.planverk.platform.api;

import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Says a {@link Message} in a language (nn, nb or en) with the catalogs registered now; a message whose key no catalog
 * has is said in English. Registered by the platform.
 */
@ProviderType
public interface Translator {

    String text(Message message, Locale locale);

    /** The message of a Planverk error in {@code locale}. */
    default String text(PlanverkException e, Locale locale) {
        return text(e.message(), locale);
    }
}
