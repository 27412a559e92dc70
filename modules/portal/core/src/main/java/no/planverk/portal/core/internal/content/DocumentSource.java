package no.planverk.portal.core.internal.content;

import java.util.Locale;
import java.util.Optional;

/** Plan documents, when the plans module has them: only the published revision, never a draft. */
public interface DocumentSource {

    /** The plan's published document, or empty when it has none or none is published. */
    Optional<PublicDocument> published(long planId, Locale locale);

    /**
     * A frozen revision of the plan's document ({@code programme} false) or of its planning programme, as sent on
     * consultation; empty when that revision is not frozen (a draft is never shown).
     */
    Optional<PublicDocument> frozen(long planId, boolean programme, long revision, Locale locale);
}
