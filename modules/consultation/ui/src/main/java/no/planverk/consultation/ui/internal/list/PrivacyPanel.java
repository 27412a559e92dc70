package no.planverk.consultation.ui.internal.list;

import static no.planverk.consultation.ui.internal.ConsultationTexts.t;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import no.planverk.consultation.api.ConsultationService;
import no.planverk.consultation.api.SubmitterExport;
import no.planverk.consultation.ui.internal.ConsultationTexts;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.json.JsonMappers;
import no.planverk.ui.api.CurrentUser;
import no.planverk.ui.api.Notices;

/** A submitter's personal data (planners): find by e-mail address or name, export as JSON (right of access), erase. */
final class PrivacyPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = JsonMappers.standard();
    private final transient ConsultationService consultations;
    final TextField submitter = new TextField(t("privacy.submitter"));
    final Button find = new Button(t("privacy.find"));
    final Paragraph found = new Paragraph();
    final Anchor export = new Anchor();
    final Button erase = new Button(t("privacy.erase"));

    PrivacyPanel(ConsultationService consultations) {
        this.consultations = consultations;
        setPadding(false);
        submitter.setHelperText(t("privacy.help"));
        submitter.setId("consultation-privacy-submitter");
        find.setId("consultation-privacy-find");
        found.setId("consultation-privacy-found");
        export.setId("consultation-privacy-export");
        export.setText(t("privacy.export"));
        export.setVisible(false);
        erase.setId("consultation-privacy-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.setVisible(false);
        find.addClickListener(e -> find());
        erase.addClickListener(e -> confirm());
        add(new H3(t("privacy.heading")), new HorizontalLayout(submitter, find), found, new HorizontalLayout(export, erase));
    }

    private void find() {
        String who = submitter.getValue();
        UserContext user = CurrentUser.require();
        try {
            SubmitterExport data = consultations.exportSubmitter(who, user);
            int n = data.submissions().size();
            String where = String.join(", ", data.submissions().stream().map(s -> t("privacy.where", s.consultationId(), s.number())).toList());
            found.setText(n == 0 ? t("privacy.none") : (n == 1 ? t("privacy.found.one") : t("privacy.found", n)) + " " + where);
            export.setHref(download(who, user), AttachmentType.DOWNLOAD);
            export.setVisible(n > 0);
            erase.setVisible(n > 0);
        } catch (PlanverkException e) {
            ConsultationTexts.show(e);
        }
    }

    private void confirm() {
        ConfirmDialog d = new ConfirmDialog(t("privacy.erase.title"), t("privacy.erase.text", submitter.getValue()), t("privacy.erase"),
                e -> eraseNow(), t("cancel"), e -> { });
        d.setConfirmButtonTheme("error primary");
        d.open();
    }

    void eraseNow() {
        try {
            int n = consultations.eraseSubmitter(submitter.getValue(), CurrentUser.require());
            Notices.success(t("privacy.erased", n));
            found.setText("");
            export.setVisible(false);
            erase.setVisible(false);
        } catch (PlanverkException e) {
            ConsultationTexts.show(e);
        }
    }

    private DownloadHandler download(String who, UserContext user) {
        return event -> {
            SubmitterExport data = consultations.exportSubmitter(who, user);
            byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(data);
            event.setFileName("innsendar.json");
            event.setContentType("application/json; charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }
}
