package no.planverk.forecasting.ui.internal;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;
import no.planverk.ui.api.TextLimit;

/** Asks for a name and a description: to save a run, rename a saved one or an input. */
public final class NameDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    /** The service's limits (it refuses longer text rather than cutting it). */
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;
    final TextField name = new TextField(t("save.name"));
    final TextArea description = new TextArea(t("save.description"));
    final Button ok = new Button(t("action.save"));

    public NameDialog(BiConsumer<String, String> onSave) {
        this(t("save.title"), "", "", onSave);
    }

    public NameDialog(String title, String currentName, String currentDescription, BiConsumer<String, String> onSave) {
        setHeaderTitle(title);
        name.setId("planverk-forecasting-save-name");
        name.setRequired(true);
        TextLimit.apply(name, MAX_NAME);
        name.setWidthFull();
        name.setValue(currentName == null ? "" : currentName);
        description.setId("planverk-forecasting-save-description");
        TextLimit.apply(description, MAX_DESCRIPTION);
        description.setWidthFull();
        description.setValue(currentDescription == null ? "" : currentDescription);
        ok.setId("planverk-forecasting-save-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickListener(e -> {
            if (!(TextLimit.check(name, MAX_NAME) & TextLimit.check(description, MAX_DESCRIPTION))) {
                return;
            }
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(t("save.name.required"));
                return;
            }
            close();
            onSave.accept(name.getValue().strip(), description.getValue().strip());
        });
        VerticalLayout body = new VerticalLayout(name, description);
        body.setPadding(false);
        body.setWidth("28em");
        add(body);
        getFooter().add(new Button(t("action.cancel"), e -> close()), ok);
    }

    public TextField name() {
        return name;
    }

    public TextArea description() {
        return description;
    }

    /** As a click on the dialog's save button. */
    public void save() {
        ok.click();
    }
}
