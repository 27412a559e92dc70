package no.planverk.plans.ui.internal.document;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import no.planverk.plans.api.document.PlanDocumentService;
import no.planverk.plans.api.document.SectionComment;
import no.planverk.plans.ui.internal.PlanErrors;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.TextLimit;

/**
 * Internal comments on a section, as threads: the first comment, its replies, and resolve / reopen on the thread.
 * Comments are for colleagues writing the plan together; they never reach an export or the portal.
 */
class CommentsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    /** The service's limit of a comment (plans core refuses longer ones). */
    static final int MAX_TEXT = 4000;

    private final transient PlanDocumentService documents;
    private final long sectionId;
    private final boolean canEdit;
    final Div threads = new Div();
    final TextArea text = new TextArea(t("document.comment.new"));
    final Button send = new Button(t("document.comment.send"));

    CommentsPanel(PlanDocumentService documents, long sectionId, boolean canEdit) {
        this.documents = documents;
        this.sectionId = sectionId;
        this.canEdit = canEdit;
        setPadding(false);
        threads.setId("planverk-document-comments");
        threads.setWidthFull();
        add(new H3(t("document.comments")), threads);
        if (canEdit) {
            text.setId("planverk-document-comment-text");
            text.setWidthFull();
            TextLimit.apply(text, MAX_TEXT); // the limit shown and refused, not cut as maxlength would
            send.setId("planverk-document-comment-send");
            send.addClickListener(e -> comment(null, text));
            add(text, send);
        }
        reload();
    }

    long threadsSection() {
        return sectionId;
    }

    void reload() {
        threads.removeAll();
        List<SectionComment> all;
        try {
            all = documents.comments(sectionId);
        } catch (PlanverkException e) {
            PlanErrors.show(e);
            return;
        }
        if (all.isEmpty()) {
            threads.add(new Paragraph(t("document.comments.none")));
        }
        for (SectionComment first : all.stream().filter(c -> c.replyTo() == null).toList()) {
            VerticalLayout thread = new VerticalLayout();
            thread.setPadding(false);
            thread.addClassName("planverk-document-thread");
            thread.getStyle().set("border-left", "3px solid " + (first.resolved() ? "#6c757d" : "#0b5394")).set("padding-left", ".75rem")
                    .set("margin-bottom", "1rem");
            thread.add(line(first));
            all.stream().filter(c -> first.id() == (c.replyTo() == null ? -1 : c.replyTo())).forEach(r -> {
                Paragraph p = line(r);
                p.getStyle().set("margin-left", "1.5rem");
                thread.add(p);
            });
            if (first.resolved()) {
                thread.add(new Span(t("document.comment.resolvedBy", first.resolvedBy(), Formats.dateTime(first.resolvedAt()))));
            }
            if (canEdit) {
                TextArea reply = new TextArea(t("document.comment.reply"));
                reply.setWidthFull();
                TextLimit.apply(reply, MAX_TEXT);
                Button answer = DocumentView.small(t("document.comment.send"));
                answer.addClickListener(e -> comment(first.id(), reply));
                Button toggle = DocumentView.small(t(first.resolved() ? "document.comment.reopen" : "document.comment.resolve"));
                toggle.addClickListener(e -> resolve(first));
                toggle.setId("planverk-document-comment-toggle-" + first.id());
                thread.add(reply, new Div(answer, toggle));
            }
            threads.add(thread);
        }
    }

    private static Paragraph line(SectionComment c) {
        Paragraph p = new Paragraph();
        Span who = new Span(c.author() + ", " + Formats.dateTime(c.at()) + ": ");
        who.getStyle().set("font-weight", "bold");
        p.add(who, new Span(c.text()));
        return p;
    }

    private void comment(Long replyTo, TextArea field) {
        if (field.getValue().isBlank()) {
            PlanErrors.error(t("document.comment.empty"));
            return;
        }
        if (!TextLimit.check(field, MAX_TEXT)) {
            return;
        }
        try {
            documents.comment(sectionId, replyTo, field.getValue().strip(), CurrentUser.require());
            field.clear();
            reload();
        } catch (PlanverkException e) {
            PlanErrors.show(e);
        }
    }

    private void resolve(SectionComment first) {
        try {
            documents.resolve(first.id(), first.version(), !first.resolved(), CurrentUser.require());
            reload();
        } catch (PlanverkException e) {
            PlanErrors.show(e);
        }
    }
}
