package no.planverk.competence.ui.internal;

import static no.planverk.competence.ui.internal.CompetenceTexts.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.NumberInput;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.TextLimit;

/**
 * A dialog with a form, Save and Cancel: each field error the service names is shown on its field in the UI language,
 * other problems above the buttons; the dialog stays open with the input until the save works.
 */
public abstract class FormDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    protected final FormLayout form = new FormLayout();
    public final Paragraph problem = new Paragraph();
    public final Button save = new Button(t("action.save"), VaadinIcon.CHECK.create());
    public final Button cancel = new Button(t("action.cancel"));
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final List<TextField> numbers = new ArrayList<>();
    private final List<java.util.function.BooleanSupplier> limits = new ArrayList<>();

    protected FormDialog(String title) {
        setHeaderTitle(title);
        setWidth("min(44em, 95vw)");
        problem.setVisible(false);
        problem.getStyle().set("color", "var(--lumo-error-text-color, #b71c1c)");
        problem.getElement().setAttribute("role", "alert");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form, problem);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> trySave());
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    /** Registers a field under the name the service's errors use (the draft's field name). */
    protected void field(String name, HasValidation f) {
        fields.put(name, f);
    }

    /** Number fields (from {@link NumberInput}) checked before anything else: text that is not a number blocks Save. */
    protected void numbers(TextField... f) {
        numbers.addAll(List.of(f));
    }

    /** A text field's length limit, shown with a live counter; longer text blocks Save (it is never cut). */
    protected <F extends TextFieldBase<F, String>> void limit(F f, int max) {
        TextLimit.apply(f, max);
        limits.add(() -> TextLimit.check(f, max));
    }

    /** Saves through the service; throws what the service throws. */
    protected abstract void saveNow();

    /** Checks that need no service (required fields); true when the form may be sent. */
    protected boolean checkLocally() {
        return true;
    }

    protected void required(HasValidation f, boolean missing, List<String> bad) {
        if (missing) {
            f.setErrorMessage(t("invalid.required"));
            f.setInvalid(true);
            bad.add("x");
        }
    }

    public void trySave() {
        fields.values().forEach(f -> f.setInvalid(false));
        problem.setVisible(false);
        boolean typed = numbers.stream().map(NumberInput::valid).reduce(true, Boolean::logicalAnd);
        for (var limit : limits) {
            typed &= limit.getAsBoolean();
        }
        if (!typed) {
            showProblem(t("error.fields"));
            return;
        }
        if (!checkLocally()) {
            return;
        }
        try {
            saveNow();
            close();
        } catch (InvalidInputException e) {
            List<String> rest = new ArrayList<>();
            e.fieldMessages().forEach((name, message) -> {
                HasValidation f = fields.get(name);
                if (f == null) {
                    rest.add(Errors.field(name, ServerTexts.of(message)));
                } else {
                    f.setErrorMessage(Errors.field(name, ServerTexts.of(message)));
                    f.setInvalid(true);
                }
            });
            if (e.fieldMessages().isEmpty()) {
                rest.add(ServerTexts.of(e));
            }
            if (!rest.isEmpty()) {
                showProblem(t("error.invalid", String.join("; ", rest)));
            }
        } catch (PlanverkException e) {
            showProblem(Errors.message(e));
        }
    }

    protected void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }
}
