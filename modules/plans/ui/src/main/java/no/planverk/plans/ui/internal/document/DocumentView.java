package no.planverk.plans.ui.internal.document;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanService;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.DocumentKind;
import no.planverk.plans.api.document.DocumentOutline;
import no.planverk.plans.api.document.DocumentRenderer;
import no.planverk.plans.api.document.OutlineSection;
import no.planverk.plans.api.document.PlanDocumentService;
import no.planverk.plans.ui.internal.PlanErrors;
import no.planverk.plans.ui.internal.PlanNav;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;

/**
 * A plan's document (or its planning programme's, {@code ?kind=program}): the outline of numbered chapters and
 * sections on the left, the chosen section's editor with a live preview and its comments on the right, and the
 * revisions, freezing and export above. Readers see the same without the editing controls.
 */
public class DocumentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient PlanService plans;
    private final transient PlanDocumentService documents;
    private final transient Supplier<DocumentRenderer> renderer;
    Plan plan;
    DocumentKey key;
    boolean canEdit;
    OutlinePanel outline;
    Div editorHolder;
    Span state;

    public DocumentView(PlanService plans, PlanDocumentService documents, Supplier<DocumentRenderer> renderer) {
        this.plans = plans;
        this.documents = documents;
        this.renderer = renderer;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long planId) {
        List<String> kind = event.getLocation().getQueryParameters().getParameters().getOrDefault("kind", List.of());
        show(planId, kind.isEmpty() ? DocumentKind.PLAN : DocumentKind.parse(kind.get(0)).orElse(DocumentKind.PLAN));
    }

    void show(long planId, DocumentKind kind) {
        removeAll();
        add(PlanNav.bar(PlanNav.PLAN));
        Optional<Plan> found = plans.find(planId);
        if (found.isEmpty()) {
            plan = null;
            add(new H2(t("plan.notFound")), new Paragraph(t("plan.notFound.help", planId)));
            return;
        }
        plan = found.get();
        key = new DocumentKey(planId, kind);
        canEdit = plans.canEdit(plan, CurrentUser.require());
        H2 title = new H2(getPageTitle());
        title.setId("planverk-document-title");
        Anchor back = new Anchor(PlanNav.plan(planId), t("document.backToPlan", plan.title()));
        state = new Span();
        state.setId("planverk-document-state");
        HorizontalLayout tools = new HorizontalLayout();
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.getStyle().set("flex-wrap", "wrap");
        Button revisions = new Button(t("document.revisions"), e -> new RevisionsDialog(documents, key).open());
        revisions.setId("planverk-document-revisions");
        tools.add(revisions);
        if (canEdit) {
            Button freeze = new Button(t("document.freeze"), e -> new FreezeDialog(documents, key, this::refresh).open());
            freeze.setId("planverk-document-freeze");
            tools.add(freeze);
        }
        DocumentRenderer r = renderer.get();
        if (r != null) {
            tools.add(ExportAnchors.of(documents, r, key, plan.code()));
        } else {
            tools.add(new Span(t("document.export.none")));
        }
        editorHolder = new Div();
        editorHolder.setWidthFull();
        editorHolder.getStyle().set("flex", "1 1 30rem").set("min-width", "0");
        outline = new OutlinePanel(documents, key, canEdit, this::open, this::refreshState);
        HorizontalLayout body = new HorizontalLayout(outline, editorHolder);
        body.setWidthFull();
        body.getStyle().set("flex-wrap", "wrap");
        add(back, title, tools, state, body);
        refresh();
    }

    /** Reloads the outline and opens its first section when none is open. */
    void refresh() {
        try {
            DocumentOutline o = outline.reload();
            refreshState(o);
            if (editorHolder.getComponentCount() == 0) {
                if (o.sections().isEmpty()) {
                    editorHolder.add(new Paragraph(t(canEdit ? "document.empty.edit" : "document.empty.read")));
                } else {
                    open(o.sections().get(0));
                }
            }
        } catch (PlanverkException e) {
            PlanErrors.show(e);
        }
    }

    private void refreshState(DocumentOutline o) {
        String frozen = o.frozenAs() == null ? "" : " · " + t("document.frozen." + o.frozenAs().id());
        state.setText(t("document.state", o.revision(), o.draft()) + frozen);
    }

    /** Shows the section's editor (or reader) in place of the one open. */
    void open(OutlineSection s) {
        editorHolder.removeAll();
        if (s == null) {
            return;
        }
        try {
            documents.section(s.id()).ifPresentOrElse(
                    section -> editorHolder.add(new SectionEditor(documents, key, section, canEdit, saved -> outline.reloadKeeping(saved.id())),
                            new CommentsPanel(documents, section.id(), canEdit)),
                    () -> editorHolder.add(new Paragraph(t("document.section.gone"))));
            outline.select(s.id());
        } catch (PlanverkException e) {
            PlanErrors.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        if (plan == null) {
            return t("document.title.none");
        }
        return t(key.kind() == DocumentKind.PROGRAM ? "document.title.program" : "document.title.plan", plan.title());
    }

    /** Href of a plan's document page, relative to the app root like the routes. */
    public static String href(long planId, DocumentKind kind) {
        return DocumentContribution.PATH + "/" + planId + (kind == DocumentKind.PROGRAM ? "?kind=program" : "");
    }

    /** A small button style shared by the panels. */
    static Button small(String text) {
        Button b = new Button(text);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }
}
