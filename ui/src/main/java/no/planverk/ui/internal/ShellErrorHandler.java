package no.planverk.ui.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import no.planverk.platform.api.PlanverkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a Planverk error's message to the user; anything else is logged once with an incident id,
 * and the user sees only that id.
 */
class ShellErrorHandler implements ErrorHandler {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ShellErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        String message = message(event.getThrowable());
        if (UI.getCurrent() != null) {
            Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    static String message(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PlanverkException p) {
                return p.getMessage();
            }
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("UI error, incident {}", incident, error);
        return ShellTexts.t("error.incident", incident);
    }
}
