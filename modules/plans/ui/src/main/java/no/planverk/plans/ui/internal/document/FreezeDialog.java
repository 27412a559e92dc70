package no.planverk.plans.ui.internal.document;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.FreezeReason;
import no.planverk.plans.api.document.PlanDocumentService;
import no.planverk.plans.ui.internal.PlanErrors;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.CurrentUser;

/** Freezes the document as it is now: sent on consultation or adopted. Editing later starts a new draft. */
class FreezeDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    final RadioButtonGroup<FreezeReason> reason = new RadioButtonGroup<>(t("document.freeze.reason"));
    final Button freeze = new Button(t("document.freeze"));

    FreezeDialog(PlanDocumentService documents, DocumentKey key, Runnable done) {
        setHeaderTitle(t("document.freeze.title"));
        reason.setItems(FreezeReason.values());
        reason.setItemLabelGenerator(r -> t("document.frozen." + r.id()));
        reason.setId("planverk-document-freeze-reason");
        freeze.setId("planverk-document-freeze-confirm");
        freeze.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        freeze.addClickListener(e -> {
            if (reason.getValue() == null) {
                reason.setInvalid(true);
                reason.setErrorMessage(t("document.freeze.pick"));
                return;
            }
            try {
                int latest = documents.outline(key).revision();
                documents.freeze(key, latest, reason.getValue(), CurrentUser.require());
                PlanErrors.success(t("document.freeze.done", latest));
                close();
                done.run();
            } catch (PlanverkException ex) {
                PlanErrors.show(ex);
            }
        });
        add(new Paragraph(t("document.freeze.text")), reason);
        getFooter().add(new Button(t("document.cancel"), e -> close()), freeze);
    }
}
