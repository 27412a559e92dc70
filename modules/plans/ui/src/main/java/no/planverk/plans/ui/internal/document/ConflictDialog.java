package no.planverk.plans.ui.internal.document;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import no.planverk.plans.api.document.DocumentSection;
import no.planverk.plans.api.document.SectionConflictException;
import no.planverk.ui.api.Formats;

/**
 * "Changed by someone else": the text you wrote and the text now stored, side by side, read-only and copyable. Keep
 * yours (save it over the stored one, which stays in the revisions) or take theirs; closing keeps your text in the
 * editor, so nothing is lost.
 */
class ConflictDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    final TextArea yours = new TextArea(t("document.conflict.yours"));
    final TextArea theirs = new TextArea();
    final Button keepMine = new Button(t("document.conflict.keepMine"));
    final Button takeTheirs = new Button(t("document.conflict.takeTheirs"));

    ConflictDialog(SectionConflictException e, SectionEditor editor) {
        DocumentSection stored = e.current();
        setHeaderTitle(t("document.conflict.title"));
        setWidth("min(60rem, 95vw)");
        yours.setValue(e.yourMarkdown() == null ? "" : e.yourMarkdown());
        theirs.setLabel(t("document.conflict.theirs", stored.changedBy() == null ? "?" : stored.changedBy(),
                stored.changedAt() == null ? "" : Formats.dateTime(stored.changedAt())));
        theirs.setValue(stored.markdown());
        for (TextArea a : new TextArea[] {yours, theirs}) {
            a.setReadOnly(true);
            a.setWidth("100%");
            a.setMinHeight("12rem");
        }
        yours.setId("planverk-document-conflict-yours");
        theirs.setId("planverk-document-conflict-theirs");
        HorizontalLayout both = new HorizontalLayout(yours, theirs);
        both.setWidthFull();
        add(new Paragraph(t("document.conflict.text")), both);
        keepMine.setId("planverk-document-conflict-keep");
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepMine.addClickListener(ev -> {
            close();
            editor.save(stored.version());
        });
        takeTheirs.setId("planverk-document-conflict-take");
        takeTheirs.addClickListener(ev -> {
            close();
            editor.takeStored(stored);
        });
        getFooter().add(new Button(t("document.cancel"), ev -> close()), takeTheirs, keepMine);
    }
}
