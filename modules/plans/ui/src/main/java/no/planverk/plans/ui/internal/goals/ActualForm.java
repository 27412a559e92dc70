package no.planverk.plans.ui.internal.goals;

import static no.planverk.plans.ui.internal.goals.GoalTexts.t;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import no.planverk.plans.api.Indicator;
import no.planverk.plans.api.IndicatorValue;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.NumberInput;

/** The dialog to record the measured value of an indicator for one year. */
public class ActualForm extends Dialog {

    private static final long serialVersionUID = 1L;

    /** Fired with the year and value the user entered. */
    public static class SaveEvent extends ComponentEvent<ActualForm> {
        private static final long serialVersionUID = 1L;
        private final IndicatorValue value;

        SaveEvent(ActualForm source, IndicatorValue value) {
            super(source, false);
            this.value = value;
        }

        public IndicatorValue value() {
            return value;
        }
    }

    final TextField year = NumberInput.integer(t("actual.year"), 1900, 2200);
    final TextField value = NumberInput.decimal(t("actual.value"), -IndicatorForm.MAX_VALUE, IndicatorForm.MAX_VALUE);
    final Span problem = new Span();
    final Button save = new Button(t("action.save"));
    final Button cancel = new Button(t("action.cancel"));
    private Indicator indicator;

    public ActualForm() {
        year.setRequiredIndicatorVisible(true);
        value.setRequiredIndicatorVisible(true);
        value.setHelperText(t("actual.value.help"));
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color, #b71c1c)");
        add(problem, new FormLayout(year, value));
        setWidth("28em");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    public void open(Indicator ind) {
        indicator = ind;
        setHeaderTitle(t("actual.title", ind.name()));
        problem.setText("");
        year.setInvalid(false);
        value.setInvalid(false);
        NumberInput.set(year, LocalDate.now(Formats.OSLO).getYear() - 1);
        value.clear();
        value.setSuffixComponent(ind.unit() == null || ind.unit().isBlank() ? null : new Span(ind.unit()));
        open();
        value.focus();
    }

    public Indicator indicator() {
        return indicator;
    }

    void save() {
        // "4x,5" keeps its own message and blocks saving; it is never read as 4,5
        boolean ok = required(year) & required(value);
        if (ok) {
            fireEvent(new SaveEvent(this, new IndicatorValue(NumberInput.intValue(year), NumberInput.doubleValue(value))));
        }
    }

    private static boolean required(TextField field) {
        if (!NumberInput.valid(field)) {
            return false;
        }
        if (field.getValue().isBlank()) {
            field.setErrorMessage(t("error.required"));
            field.setInvalid(true);
            return false;
        }
        return true;
    }

    public void showProblem(String message) {
        problem.setText(message);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
