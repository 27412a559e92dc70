package no.planverk.portal.core.internal.content;

import java.time.LocalDate;
import no.planverk.plans.api.document.DocumentContent;

/** The published revision of a plan's document, its live blocks rendered, comments left out. */
public record PublicDocument(long revisionId, LocalDate publishedOn, DocumentContent content) {
}
