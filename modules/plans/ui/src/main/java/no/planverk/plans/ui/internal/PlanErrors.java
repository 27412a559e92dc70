package no.planverk.plans.ui.internal;

import com.vaadin.flow.component.notification.Notification;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.Notices;

/** Notifications in the plan views, in their own words (the shell's {@link no.planverk.ui.api.Notices}). */
public final class PlanErrors {

    private PlanErrors() {
    }

    public static String message(PlanverkException e) {
        return Notices.message(e, PlansTexts.TEXTS);
    }

    public static Notification show(PlanverkException e) {
        return Notices.show(e, PlansTexts.TEXTS);
    }

    public static Notification error(String text) {
        return Notices.error(text);
    }

    public static Notification success(String text) {
        return Notices.success(text);
    }
}
