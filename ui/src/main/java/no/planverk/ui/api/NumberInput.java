package no.planverk.ui.api;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Number fields that keep what the user typed. The browser's number inputs drop letters without a word ("20x6"
 * becomes 206); these are text fields, read the Norwegian way (spaces between thousands, a decimal comma or point),
 * and text that is not a number, or a number out of range, leaves the field invalid with a message, so Save
 * ({@link #valid}, or the {@link #converter} of a Binder) does nothing on a value the user did not see.
 */
public final class NumberInput {

    private static final Pattern INTEGER = Pattern.compile("[-−]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[-−]?\\d+([.,]\\d+)?");

    /** The range a field accepts, kept on the field. */
    private record Range(BigDecimal min, BigDecimal max, boolean whole) {
    }

    private NumberInput() {
    }

    /** A field for a whole number from {@code min} to {@code max}. */
    public static TextField integer(String label, long min, long max) {
        return field(label, new Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max), true));
    }

    /** A field for a number with decimals from {@code min} to {@code max}. */
    public static TextField decimal(String label, double min, double max) {
        return field(label, new Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max), false));
    }

    private static TextField field(String label, Range range) {
        TextField f = new TextField(label);
        ComponentUtil.setData(f, Range.class, range);
        f.getElement().setAttribute("inputmode", range.whole() ? "numeric" : "decimal");
        f.setValueChangeMode(ValueChangeMode.EAGER);
        f.setAllowedCharPattern(null);
        f.addValueChangeListener(e -> valid(f));
        return f;
    }

    /** Shows {@code value} in the field the Norwegian way (a decimal comma, no thousands spaces). */
    public static void set(TextField field, Number value) {
        field.setValue(value == null ? "" : value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString().replace('.', ',')
                : value.toString().replace('.', ','));
    }

    /** True when the field is empty or holds a number in its range; otherwise the field says what is wrong. */
    public static boolean valid(TextField field) {
        Result<BigDecimal> r = read(field.getValue(), ComponentUtil.getData(field, Range.class));
        String error = r.getMessage().orElse(null);
        field.setErrorMessage(error);
        field.setInvalid(error != null);
        return error == null;
    }

    /** The field's whole number, null when empty. Call {@link #valid} first. */
    public static Integer intValue(TextField field) {
        BigDecimal v = read(field.getValue(), ComponentUtil.getData(field, Range.class)).getOrThrow(IllegalStateException::new);
        return v == null ? null : v.intValueExact();
    }

    /** The field's number, null when empty. Call {@link #valid} first. */
    public static Double doubleValue(TextField field) {
        BigDecimal v = read(field.getValue(), ComponentUtil.getData(field, Range.class)).getOrThrow(IllegalStateException::new);
        return v == null ? null : v.doubleValue();
    }

    /** For a Binder on a field made here: text to a whole number, refusing anything else with a message. */
    public static Converter<String, Integer> integerConverter(TextField field) {
        Range range = ComponentUtil.getData(field, Range.class);
        return Converter.from(text -> read(text, range).map(v -> v == null ? null : v.intValueExact()),
                v -> v == null ? "" : v.toString());
    }

    static Result<BigDecimal> read(String text, Range range) {
        String t = text == null ? "" : text.strip().replaceAll("(?<=\\d)[ \\u00a0\\u202f](?=\\d{3})", "");
        if (t.isEmpty()) {
            return Result.ok(null);
        }
        if (!(range.whole() ? INTEGER : DECIMAL).matcher(t).matches()) {
            return Result.error(TextLimit.TEXTS.get(range.whole() ? "number.whole" : "number.decimal", text.strip()));
        }
        BigDecimal v = new BigDecimal(t.replace('−', '-').replace(',', '.'));
        if (v.compareTo(range.min()) < 0 || v.compareTo(range.max()) > 0) {
            return Result.error(TextLimit.TEXTS.get("number.range", show(range.min()), show(range.max())));
        }
        return Result.ok(v);
    }

    private static String show(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
