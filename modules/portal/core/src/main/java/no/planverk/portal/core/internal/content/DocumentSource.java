package no.planverk.portal.core.internal.content;

import java.util.Locale;
import java.util.Optional;

/** Plan documents, when the plans module has them: only the published revision, never a draft. */
public interface DocumentSource {

    /** The plan's published document, or empty when it has none or none is published. */
    Optional<PublicDocument> published(long planId, Locale locale);

    /** A frozen revision sent on consultation, or empty when it is not a frozen revision of that plan. */
    Optional<PublicDocument> frozen(long planId, long revisionId, Locale locale);
}
