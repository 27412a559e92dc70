package no.planverk.measures.ui.internal;

import com.vaadin.flow.component.notification.Notification;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.Notices;

/** Notifications in the measure views, in their own words (the shell's {@link no.planverk.ui.api.Notices}). */
public final class MeasureErrors {

    private MeasureErrors() {
    }

    public static String message(PlanverkException e) {
        return Notices.message(e, MeasuresTexts.TEXTS);
    }

    public static Notification show(PlanverkException e) {
        return Notices.show(e, MeasuresTexts.TEXTS);
    }

    public static Notification error(String text) {
        return Notices.error(text);
    }

    public static Notification success(String text) {
        return Notices.success(text);
    }
}
