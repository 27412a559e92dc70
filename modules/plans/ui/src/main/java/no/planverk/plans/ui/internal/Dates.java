package no.planverk.plans.ui.internal;

import static no.planverk.plans.ui.internal.PlansTexts.t;

import com.vaadin.flow.component.datepicker.DatePicker;
import no.planverk.ui.api.Pickers;

/** The shell's date picker ({@link Pickers}) with the plan forms' format hint below it. */
public final class Dates {

    private Dates() {
    }

    public static DatePicker picker(String label) {
        DatePicker p = Pickers.date(label);
        p.setHelperText(t("date.format"));
        return p;
    }
}
