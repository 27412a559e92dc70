package no.planverk.ui.api;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.StaleVersionException;

/**
 * Notifications for Planverk errors and successes, in the module's own words: the module's texts have
 * the keys {@code error.stale}, {@code error.invalid} ({0}: the service's message, which names the rule),
 * {@code error.notFound}, {@code error.denied} and {@code error.generic} ({0}: the message). The service's message is said
 * in the user's language when it has a key ({@link ServerTexts}).
 */
public final class Notices {

    private Notices() {
    }

    public static String message(PlanverkException e, Texts texts) {
        if (e instanceof StaleVersionException) {
            return texts.get("error.stale");
        }
        if (e instanceof InvalidInputException) {
            return texts.get("error.invalid", ServerTexts.of(e));
        }
        if (e instanceof NotFoundException) {
            return texts.get("error.notFound");
        }
        if (e instanceof AccessDeniedException) {
            return texts.get("error.denied");
        }
        return texts.get("error.generic", ServerTexts.of(e));
    }

    public static Notification show(PlanverkException e, Texts texts) {
        return error(message(e, texts));
    }

    /** An error in the middle of the screen for 8 seconds. */
    public static Notification error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }

    /** A success at the bottom for 4 seconds. */
    public static Notification success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }
}
