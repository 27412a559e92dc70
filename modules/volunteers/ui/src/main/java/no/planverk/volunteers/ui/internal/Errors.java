package no.planverk.volunteers.ui.internal;

import com.vaadin.flow.component.notification.Notification;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.Notices;

/** Notifications in the volunteer views, in their own words (the shell's {@link Notices}). */
public final class Errors {

    private Errors() {
    }

    public static String message(PlanverkException e) {
        return Notices.message(e, VolTexts.TEXTS);
    }

    public static Notification show(PlanverkException e) {
        return Notices.show(e, VolTexts.TEXTS);
    }

    public static Notification success(String text) {
        return Notices.success(text);
    }
}
