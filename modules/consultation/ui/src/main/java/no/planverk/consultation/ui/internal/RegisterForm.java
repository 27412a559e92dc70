package no.planverk.consultation.ui.internal;

import static no.planverk.consultation.ui.internal.ConsultationTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import no.planverk.consultation.api.Channel;
import no.planverk.consultation.api.SubmissionDraft;
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
    final Button save = new Button(t("register.save"));

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
        add(channel, name, organisation, email, section, publishName, text, save);
        setColspan(text, 2);
    }

    SubmissionDraft draft() {
        return new SubmissionDraft(name.getValue(), organisation.getValue(), email.getValue(), text.getValue(), section.getValue(),
                publishName.getValue(), null);
    }

    boolean show(Map<String, String> problems) {
        name.setInvalid(problems.containsKey("name"));
        name.setErrorMessage(problems.get("name"));
        text.setInvalid(problems.containsKey("text"));
        text.setErrorMessage(problems.get("text"));
        email.setInvalid(problems.containsKey("email"));
        email.setErrorMessage(problems.get("email"));
        return !problems.isEmpty();
    }

    void clear() {
        name.clear();
        organisation.clear();
        email.clear();
        text.clear();
        section.clear();
        publishName.clear();
    }
}
