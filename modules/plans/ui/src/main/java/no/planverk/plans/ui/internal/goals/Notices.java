package no.planverk.plans.ui.internal.goals;

import static no.planverk.plans.ui.internal.goals.GoalTexts.t;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.StaleVersionException;

/** Translated notifications for the goal, thread and program views. */
public final class Notices {

    private Notices() {
    }

    /** A translated sentence for a Planverk error; the service's own words follow where they help. */
    public static String message(PlanverkException e) {
        if (e instanceof StaleVersionException) {
            return t("error.stale");
        }
        if (e instanceof InvalidInputException) {
            return t("error.invalid", e.getMessage());
        }
        if (e instanceof NotFoundException) {
            return t("error.notFound");
        }
        if (e instanceof AccessDeniedException) {
            return t("error.denied");
        }
        return t("error.generic", e.getMessage());
    }

    public static Notification show(PlanverkException e) {
        return error(message(e));
    }

    public static Notification error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }

    public static Notification success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }
}
