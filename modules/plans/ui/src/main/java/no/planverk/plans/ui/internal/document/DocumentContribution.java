package no.planverk.plans.ui.internal.document;

import com.vaadin.flow.component.Component;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.document.DocumentRenderer;
import no.planverk.plans.api.document.PlanDocumentService;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The plan document editor at {@code plans/document/<planId>}, reached from the plan page (no menu entry). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class DocumentContribution implements ViewContribution {

    /** The route; {@code ?kind=program} opens the planning programme's document. */
    public static final String PATH = "plans/document";

    private final PlanService plans;
    private final PlanDocumentService documents;
    private volatile DocumentRenderer renderer;

    @Activate
    public DocumentContribution(@Reference PlanService plans, @Reference PlanDocumentService documents) {
        this.plans = plans;
        this.documents = documents;
    }

    /** Exports (HTML, PDF, DOCX) are offered while a renderer is there. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    public void setRenderer(DocumentRenderer r) {
        renderer = r;
    }

    void unsetRenderer(DocumentRenderer r) {
        if (renderer == r) {
            renderer = null;
        }
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public Class<DocumentView> viewClass() {
        return DocumentView.class;
    }

    @Override
    public Component create() {
        return new DocumentView(plans, documents, () -> renderer);
    }
}
