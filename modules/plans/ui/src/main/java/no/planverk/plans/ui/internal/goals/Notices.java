package no.planverk.plans.ui.internal.goals;

import com.vaadin.flow.component.notification.Notification;
import no.planverk.platform.api.PlanverkException;

/** Notifications in the goal, thread and program views, in their own words (the shell's {@link no.planverk.ui.api.Notices}). */
public final class Notices {

    private Notices() {
    }

    public static String message(PlanverkException e) {
        return no.planverk.ui.api.Notices.message(e, GoalTexts.TEXTS);
    }

    public static Notification show(PlanverkException e) {
        return no.planverk.ui.api.Notices.show(e, GoalTexts.TEXTS);
    }

    public static Notification error(String text) {
        return no.planverk.ui.api.Notices.error(text);
    }

    public static Notification success(String text) {
        return no.planverk.ui.api.Notices.success(text);
    }
}
