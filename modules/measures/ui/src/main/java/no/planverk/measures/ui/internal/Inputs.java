package no.planverk.measures.ui.internal;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Text and number input that never changes what the user typed behind their back: text fields show their
 * limit with a live count and are refused when too long (no browser maxlength, which cuts a paste
 * silently); number fields take any character and refuse what is not a whole number, so "20x6" stays
 * on screen, marked, instead of becoming 206. (The plans module has the same class: the two ui bundles share no code.)
 */
public final class Inputs {

    private Inputs() {
    }

    /** Shows "12 av 300 teikn" under the field as the user types; pair with {@link #maxLength(int)} in the binder. */
    public static void limit(TextFieldBase<?, String> field, int max) {
        String help = field.getHelperText();
        String base = help == null || help.isBlank() ? "" : help + " ";
        field.setValueChangeMode(ValueChangeMode.EAGER);
        Runnable count = () -> field.setHelperText(base + t("input.count", length(field.getValue()), max));
        field.addValueChangeListener(e -> count.run());
        count.run();
    }

    /** Refuses text longer than {@code max}, saying the limit and the length now. */
    public static Validator<String> maxLength(int max) {
        return (value, context) -> length(value) <= max ? com.vaadin.flow.data.binder.ValidationResult.ok()
                : com.vaadin.flow.data.binder.ValidationResult.error(t("input.tooLong", max, length(value)));
    }

    /** A text field for a whole number: any character can be typed, the binder's converter checks it. */
    public static TextField numberField(String label) {
        TextField f = new TextField(label);
        f.getElement().setAttribute("inputmode", "numeric");
        f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        return f;
    }

    /** "2025" is 2025, "" is empty; anything else ("20x6", "2,5") is refused with the text as typed. Years stay "2025". */
    public static Converter<String, Integer> wholeNumber() {
        return Converter.from(text -> {
            String s = text == null ? "" : text.strip();
            if (s.isEmpty()) {
                return Result.ok(null);
            }
            return s.matches("-?\\d{1,9}") ? Result.ok(Integer.valueOf(s)) : Result.error(t("input.wholeNumber", s));
        }, value -> value == null ? "" : Integer.toString(value));
    }

    /** Refuses a year outside {@code min}-{@code max} (written without a thousands space). */
    public static Validator<Integer> yearBetween(int min, int max) {
        return (value, context) -> value == null || value >= min && value <= max ? com.vaadin.flow.data.binder.ValidationResult.ok()
                : com.vaadin.flow.data.binder.ValidationResult.error(t("input.year", Integer.toString(min), Integer.toString(max)));
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
