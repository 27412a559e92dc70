package no.planverk.portal.core.internal.bridge;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentRevision;
import no.planverk.plans.api.document.FreezeReason;
import no.planverk.plans.api.document.PlanDocumentService;
import no.planverk.portal.core.internal.content.DocumentSource;
import no.planverk.portal.core.internal.content.PublicDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Plan documents for the portal. Published means frozen: a plan's document is the newest revision frozen as adopted,
 * a consultation's the revision frozen for it. Drafts after them, comments and who wrote what never leave here.
 */
@Component(service = DocumentSource.class)
public class DocumentsBridge implements DocumentSource {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private final PlanDocumentService documents;

    @Activate
    public DocumentsBridge(@Reference PlanDocumentService documents) {
        this.documents = documents;
    }

    @Override
    public Optional<PublicDocument> published(long planId, Locale locale) {
        DocumentKey key = DocumentKey.plan(planId);
        return documents.revisions(key).stream().filter(r -> r.frozenAs() == FreezeReason.ADOPTED)
                .max(Comparator.comparingInt(DocumentRevision::number)).map(r -> document(key, r, locale));
    }

    @Override
    public Optional<PublicDocument> frozen(long planId, boolean programme, long revision, Locale locale) {
        DocumentKey key = programme ? DocumentKey.program(planId) : DocumentKey.plan(planId);
        return documents.revisions(key).stream().filter(r -> r.frozenAs() != null && r.number() == revision).findFirst()
                .map(r -> document(key, r, locale));
    }

    private PublicDocument document(DocumentKey key, DocumentRevision r, Locale locale) {
        return new PublicDocument(r.number(), r.at() == null ? null : r.at().atZone(OSLO).toLocalDate(),
                documents.content(key, r.number(), locale));
    }
}
