package no.planverk.measures.ui.internal;

import static no.planverk.measures.ui.internal.MeasuresTexts.t;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.StaleVersionException;

/** Translated notifications for Planverk errors and successes in the measure views. */
public final class MeasureErrors {

    private MeasureErrors() {
    }

    /** A translated sentence; for invalid input the service's own words follow, since they name the rule. */
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
