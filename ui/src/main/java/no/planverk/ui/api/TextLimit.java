package no.planverk.ui.api;

import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A length limit the user sees: "12 / 200 teikn" under a text field or area while typing, and text over the limit is
 * refused (the field turns invalid and saying so, a {@link #validator(int) Binder validator} or {@link #check} blocks
 * Save), never cut. The browser's {@code maxlength} is not used, because it cuts pasted text without a word.
 * Counts the text without leading and trailing blanks, as the services do.
 */
public final class TextLimit {

    static final Texts TEXTS = new Texts(TextLimit.class, "no.planverk.ui.api.messages");

    private TextLimit() {
    }

    /** Shows the limit and a live count below {@code field} (after its own helper text, if any). */
    public static <F extends TextFieldBase<F, String>> F apply(F field, int max) {
        String help = field.getHelperText();
        field.setValueChangeMode(ValueChangeMode.EAGER);
        show(field, max, help);
        field.addValueChangeListener(e -> show(field, max, help));
        return field;
    }

    /** For a Binder: refuses text over {@code max} with a message naming the limit. */
    public static Validator<String> validator(int max) {
        return (value, context) -> length(value) <= max ? ValidationResult.ok() : ValidationResult.error(over(value, max));
    }

    /** For a form without a Binder: true when the text fits; otherwise the field shows why and this is false. */
    public static <F extends TextFieldBase<F, String>> boolean check(F field, int max) {
        if (length(field.getValue()) <= max) {
            return true;
        }
        field.setErrorMessage(over(field.getValue(), max));
        field.setInvalid(true);
        return false;
    }

    private static <F extends TextFieldBase<F, String>> void show(F field, int max, String help) {
        int n = length(field.getValue());
        String count = TEXTS.get("limit.count", Formats.integer(n), Formats.integer(max));
        field.setHelperText(help == null || help.isBlank() ? count : help + " · " + count);
        String message = over(field.getValue(), max);
        if (n > max) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else if (field.isInvalid() && field.getErrorMessage() != null && field.getErrorMessage().startsWith(TEXTS.get("limit.over.start"))) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    static String over(String value, int max) {
        return TEXTS.get("limit.over", Formats.integer(max), Formats.integer(length(value) - max));
    }

    static int length(String value) {
        return value == null ? 0 : value.strip().length();
    }
}
