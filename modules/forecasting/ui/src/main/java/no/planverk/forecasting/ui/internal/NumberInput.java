package no.planverk.forecasting.ui.internal;

import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import no.planverk.ui.api.Formats;
import no.planverk.ui.api.Texts;

/**
 * A number typed as text, so nothing typed is dropped: "20x6" stays as typed and the field says it is not a number
 * (Vaadin's number fields drop the letters and read 206). Takes a decimal comma or point, spaces between thousands
 * and the minus sign "−". Out of range, a fraction where a whole number is asked, or blank when required: the field
 * is invalid with a message, and {@link #firstInvalid} lets a form refuse to act and point at it.
 */
public final class NumberInput extends TextField {

    private static final long serialVersionUID = 1L;
    private final transient Texts texts;
    private final boolean whole;
    private Double min;
    private Double max;

    public NumberInput(Texts texts, String label, boolean whole) {
        super(label);
        this.texts = texts;
        this.whole = whole;
        setManualValidation(true); // the field's own checks would clear what check() found
        addValueChangeListener(e -> check());
    }

    public NumberInput range(Double minimum, Double maximum) {
        this.min = minimum;
        this.max = maximum;
        return this;
    }

    /** Shows a number the Norwegian way; null empties the field. */
    public void setNumber(Number value) {
        setValue(value == null ? "" : whole ? Formats.integer(value.longValue()) : plain(value.doubleValue()));
    }

    private static String plain(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** The number typed, null when blank; call only after {@link #check} passed. */
    public Double number() {
        return parse(getValue()).orElse(null);
    }

    public Integer wholeNumber() {
        Double d = number();
        return d == null ? null : (int) Math.round(d);
    }

    /** Checks what is typed and marks the field; true when it is a number in range (or blank and not required). */
    public boolean check() {
        String error = error();
        setInvalid(error != null);
        setErrorMessage(error);
        return error == null;
    }

    private String error() {
        String text = getValue() == null ? "" : getValue().strip();
        if (text.isEmpty()) {
            return isRequiredIndicatorVisible() ? texts.get("number.required") : null;
        }
        Optional<Double> parsed = parse(text);
        if (parsed.isEmpty()) {
            return texts.get(whole ? "number.notWhole" : "number.invalid");
        }
        double d = parsed.get();
        if (whole && d != Math.rint(d)) {
            return texts.get("number.notWhole");
        }
        if (min != null && d < min) {
            return texts.get("number.min", shown(min));
        }
        if (max != null && d > max) {
            return texts.get("number.max", shown(max));
        }
        return null;
    }

    private String shown(double bound) {
        return whole ? Formats.integer((long) bound) : plain(bound);
    }

    /** "1 234,5", "1234.5", "−5": a number; anything else (letters, two commas) is not. */
    static Optional<Double> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().replaceAll("[\\s\u00a0\u202f]", "").replace('\u2212', '-').replace(',', '.');
        if (!s.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(s));
    }

    /** Checks every field, marks the bad ones and gives the first, or empty when all are good. */
    public static Optional<NumberInput> firstInvalid(Stream<NumberInput> fields) {
        NumberInput first = null;
        for (NumberInput f : (Iterable<NumberInput>) fields::iterator) {
            if (!f.check() && first == null) {
                first = f;
            }
        }
        return Optional.ofNullable(first);
    }

    /** The field's label and message, for a line above the button ("Dekningsalder: Minst 0."). */
    public String problem() {
        return (getLabel() == null ? "" : getLabel() + ": ") + getErrorMessage();
    }
}
