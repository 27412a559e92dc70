package no.planverk.forecasting.ui.internal.inputs;

import static no.planverk.forecasting.ui.internal.ForecastTexts.t;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.PlanverkException;

/**
 * The region, alternative or other category of an SSB file that has several: the service refuses such a file naming
 * the dimension (its parameter, e.g. {@code region}) and its categories; here that becomes a field to choose one in,
 * and every choice is checked again as soon as it is made.
 */
final class SsbChoiceFields extends FormLayout {

    private static final long serialVersionUID = 1L;
    private static final String CHOOSE = "forecasting.ssb.choose";
    private static final String UNKNOWN = "forecasting.ssb.choice.unknown";
    private static final String NONE = "forecasting.ssb.choice.noDimension";
    private final transient Runnable changed;
    private final Map<String, ComboBox<String>> fields = new LinkedHashMap<>();
    private boolean filling;

    /** {@code changed} runs after the person chooses or clears a category. */
    SsbChoiceFields(Runnable changed) {
        this.changed = changed;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        setVisible(false);
    }

    /** The choices made, by parameter (what the service reads). */
    Map<String, String> values() {
        Map<String, String> out = new HashMap<>();
        fields.forEach((parameter, f) -> out.put(parameter, f.getValue() == null ? "" : f.getValue()));
        return out;
    }

    /** The field that chooses with {@code parameter}, if the file asked for it. */
    ComboBox<String> field(String parameter) {
        return fields.get(parameter);
    }

    /** Drops the fields left blank but {@code kept}'s: an earlier file asked for them, this one did not. */
    void forgetBlank(String kept) {
        fields.entrySet().removeIf(e -> {
            boolean blank = !e.getKey().equals(kept) && (e.getValue().getValue() == null || e.getValue().getValue().isBlank());
            if (blank) {
                remove(e.getValue());
            }
            return blank;
        });
        setVisible(!fields.isEmpty());
    }

    /** Forgets every choice (another kind, or the file is saved). */
    void reset() {
        removeAll();
        fields.clear();
        setVisible(false);
    }

    /**
     * When {@code e} says a choice is missing, unknown or has nothing to choose, the field says so and the answer is the
     * text for the page; null for any other refusal.
     */
    String ask(PlanverkException e) {
        if (!(e instanceof InvalidInputException invalid) || invalid.fieldMessages().size() != 1) {
            return null;
        }
        String parameter = invalid.fieldMessages().keySet().iterator().next();
        forgetBlank(parameter);
        Message m = e.message();
        List<String> a = m.args().stream().map(String::valueOf).toList();
        if (CHOOSE.equals(m.key()) && a.size() == 4) {
            ComboBox<String> f = field(parameter, a.get(1), categories(a.get(2)));
            f.setErrorMessage(t("upload.choice.missing"));
            f.setInvalid(true);
            return t("upload.choice.choose", a.get(0), f.getLabel(), a.get(2));
        }
        if (UNKNOWN.equals(m.key()) && a.size() == 3) {
            ComboBox<String> f = field(parameter, a.get(0), categories(a.get(2)));
            f.setErrorMessage(t("upload.choice.unknown", a.get(1)));
            f.setInvalid(true);
            return t("upload.choice.unknown.text", f.getLabel(), a.get(1), a.get(2));
        }
        if (NONE.equals(m.key()) && fields.containsKey(parameter)) {
            ComboBox<String> f = fields.get(parameter);
            f.setErrorMessage(t("upload.choice.none"));
            f.setInvalid(true);
            return t("upload.choice.none.text", f.getLabel());
        }
        return null;
    }

    private ComboBox<String> field(String parameter, String label, List<String> categories) {
        ComboBox<String> f = fields.get(parameter);
        if (f == null) {
            f = new ComboBox<>(label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1));
            f.setId("planverk-forecasting-upload-choice-" + parameter.replaceAll("[^a-z0-9]+", "-"));
            f.setAllowCustomValue(true); // a long list names only its first twelve; a code or name may be typed
            f.addCustomValueSetListener(e -> e.getSource().setValue(e.getDetail()));
            f.setClearButtonVisible(true);
            f.setHelperText(t("upload.choice.help"));
            f.addValueChangeListener(e -> {
                if (!filling) {
                    e.getSource().setInvalid(false);
                    changed.run();
                }
            });
            fields.put(parameter, f);
            add(f);
        }
        filling = true; // new items may clear the value: that is no choice of the person's
        try {
            f.setItems(categories);
        } finally {
            filling = false;
        }
        setVisible(true);
        return f;
    }

    /** "4601 Bergen, 4631 Alver, … (+3)" as the service lists them; the count of the rest is left out. */
    static List<String> categories(String listed) {
        return Arrays.stream(listed.split(", ")).filter(c -> !c.isBlank() && !c.startsWith("… (+")).toList();
    }
}
