package no.planverk.volunteers.ui.internal;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import no.planverk.ui.api.Pickers;

/** Small builders shared by the views: Norwegian date pickers and notes. */
public final class Inputs {

    private Inputs() {
    }

    /** A date picker in the user's language that shows and reads 25.11.2026 and starts weeks on Monday (ui.api Pickers). */
    public static DatePicker date(String label) {
        DatePicker p = Pickers.date(label);
        p.setClearButtonVisible(true);
        return p;
    }

    /** A paragraph announced to screen readers, for access messages and results. */
    public static Paragraph notice(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.getElement().setAttribute("role", "status");
        return p;
    }
}
