package no.planverk.forecasting.ui.internal;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;

/** Asks for a name and a description: to save a run, rename a saved one or an input. */
public final class NameDialog extends Dialog {

    private static final long serialVersionUID = 1L;
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
        name.setMaxLength(200);
        name.setWidthFull();
        name.setValue(currentName == null ? "" : currentName);
        description.setId("planverk-forecasting-save-description");
        description.setMaxLength(2000);
        description.setWidthFull();
        description.setValue(currentDescription == null ? "" : currentDescription);
        ok.setId("planverk-forecasting-save-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickListener(e -> {
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
