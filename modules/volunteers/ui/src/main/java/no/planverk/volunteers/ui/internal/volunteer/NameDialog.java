package no.planverk.volunteers.ui.internal.volunteer;

import static no.planverk.volunteers.ui.internal.VolTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import no.planverk.ui.api.TextLimit;
import no.planverk.volunteers.api.Texts;

/** Asks for a name: a new volunteer starts as an applicant with only a name, the rest is filled in on the profile. */
public final class NameDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    final TextField name = new TextField(t("volunteer.name"));
    final Button ok = new Button(t("action.create"));

    public NameDialog(String title, Consumer<String> onOk) {
        setHeaderTitle(title);
        name.setId("planverk-volunteers-new-name");
        name.setRequired(true);
        TextLimit.apply(name, Texts.MAX_NAME);
        name.setWidth("24em");
        ok.setId("planverk-volunteers-new-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickListener(e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(t("volunteer.name.required"));
                return;
            }
            if (!TextLimit.check(name, Texts.MAX_NAME)) {
                return;
            }
            close();
            onOk.accept(name.getValue().strip());
        });
        add(name);
        getFooter().add(new Button(t("action.cancel"), e -> close()), ok);
    }
}
