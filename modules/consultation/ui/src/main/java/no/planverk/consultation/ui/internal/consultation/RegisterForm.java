package no.planverk.consultation.ui.internal.consultation;

import static no.planverk.consultation.ui.internal.ConsultationTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import no.planverk.consultation.api.Attachment;
import no.planverk.consultation.api.Channel;
import no.planverk.consultation.api.SubmissionDraft;
import no.planverk.consultation.ui.internal.ConsultationTexts;
import no.planverk.ui.api.Notices;
import no.planverk.ui.api.Pickers;
import no.planverk.ui.api.TextLimit;

/** A submission that came by letter or e-mail, registered by a planner in the same register as the portal's. */
final class RegisterForm extends FormLayout {

    private static final long serialVersionUID = 1L;
    final Select<Channel> channel = new Select<>();
    final TextField name = TextLimit.apply(new TextField(t("register.name")), SubmissionDraft.NAME_MAX);
    final TextField organisation = TextLimit.apply(new TextField(t("register.organisation")), SubmissionDraft.NAME_MAX);
    final EmailField email = new EmailField(t("register.email"));
    final TextArea text = TextLimit.apply(new TextArea(t("register.text")), SubmissionDraft.TEXT_MAX);
    final TextField section = new TextField(t("register.section"));
    final Checkbox publishName = new Checkbox(t("register.publishName"));
    final Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received(meta.fileName(), bytes)));
    final Span file = new Span();
    final Button save = new Button(t("register.save"));
    private Attachment attachment;

    RegisterForm() {
        setId("consultation-register");
        channel.setLabel(t("register.channel"));
        channel.setItems(Channel.LETTER, Channel.EMAIL);
        channel.setItemLabelGenerator(ConsultationTexts::channel);
        channel.setValue(Channel.LETTER);
        channel.setId("consultation-register-channel");
        name.setId("consultation-register-name");
        text.setId("consultation-register-text");
        email.setId("consultation-register-email");
        save.setId("consultation-register-save");
        Pickers.localize(upload);
        upload.setId("consultation-register-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Attachment.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        upload.setUploadButton(new Button(t("register.attachment"), VaadinIcon.FILE_ADD.create()));
        upload.setDropLabel(new Span(t("register.attachment.drop")));
        upload.addFileRejectedListener(e -> Notices.error(t("register.attachment.rejected", e.getFileName())));
        file.setId("consultation-register-file");
        add(channel, name, organisation, email, section, publishName, text, upload, file, save);
        setColspan(text, 2);
    }

    SubmissionDraft draft() {
        return new SubmissionDraft(name.getValue(), organisation.getValue(), email.getValue(), text.getValue(), section.getValue(),
                publishName.getValue(), attachment);
    }

    boolean show(Map<String, String> problems) {
        name.setInvalid(problems.containsKey("name"));
        name.setErrorMessage(problems.get("name"));
        text.setInvalid(problems.containsKey("text"));
        text.setErrorMessage(problems.get("text"));
        email.setInvalid(problems.containsKey("email"));
        email.setErrorMessage(problems.get("email"));
        if (problems.containsKey("attachment")) {
            file.setText(problems.get("attachment"));
        }
        return !problems.isEmpty();
    }

    /** Kept until the submission is registered; the service checks that it is a PDF of at most 10 MB. */
    private void received(String fileName, byte[] bytes) {
        attachment = new Attachment(fileName, bytes);
        file.setText(t("register.attachment.received", fileName));
    }

    void clear() {
        name.clear();
        organisation.clear();
        email.clear();
        text.clear();
        section.clear();
        publishName.clear();
        upload.clearFileList();
        attachment = null;
        file.setText("");
    }
}
