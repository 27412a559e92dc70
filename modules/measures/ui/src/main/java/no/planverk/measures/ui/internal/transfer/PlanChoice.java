package no.planverk.measures.ui.internal.transfer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.api.PlanInfo;
import no.planverk.measures.ui.internal.MeasuresView;

/**
 * A plan to pick: from the plans module's list when it is installed, else its name typed in (as measures
 * name their plan without the module). Exactly one of the two fields is used.
 */
final class PlanChoice {

    final ComboBox<PlanInfo> picker;
    final TextField name;

    PlanChoice(PlanDirectory directory, String label, String id) {
        if (directory != null) {
            picker = new ComboBox<>(label);
            picker.setItems(directory.plans());
            picker.setItemLabelGenerator(MeasuresView::planLabel);
            picker.setWidth("min(30em, 100%)");
            picker.setId(id);
            name = null;
        } else {
            picker = null;
            name = new TextField(label);
            name.setWidth("min(30em, 100%)");
            name.setHelperText(TransferTexts.t("plan.name.help"));
            name.setId(id);
        }
    }

    Component field() {
        return picker != null ? picker : name;
    }

    HasValidation validation() {
        return picker != null ? picker : name;
    }

    Long id() {
        return picker != null && picker.getValue() != null ? picker.getValue().id() : null;
    }

    /** The typed name, stripped; null when empty or when plans are picked. */
    String typed() {
        if (name == null) {
            return null;
        }
        String v = name.getValue().strip();
        return v.isEmpty() ? null : v;
    }

    boolean empty() {
        return id() == null && typed() == null;
    }

    /** For messages: the picked plan's label or the typed name. */
    String label() {
        return picker != null ? MeasuresView.planLabel(picker.getValue()) : name.getValue().strip();
    }

    void set(PlanChoice other) {
        if (picker != null) {
            picker.setValue(other.picker.getValue());
        } else {
            name.setValue(other.name.getValue());
        }
    }

    void error(String message) {
        validation().setErrorMessage(message);
        validation().setInvalid(message != null);
    }
}
