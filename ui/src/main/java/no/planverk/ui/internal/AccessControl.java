package no.planverk.ui.internal;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.CurrentUser;

/**
 * Before every navigation: anonymous users go to the login page (and back where they were going
 * after it); users without the view's role go home with a message; a view class whose bundle is gone is "not found".
 */
class AccessControl implements BeforeEnterListener {

    static final String TARGET = "planverk.loginTarget";
    private static final long serialVersionUID = 1L;
    private final transient ShellRegistry registry;

    AccessControl(ShellRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class || HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        if (registry.contributionFor(target).isEmpty()) {
            // a class no contributed view owns now (its bundle went or waits): never instantiate it
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Optional<UserContext> user = CurrentUser.get();
        if (user.isEmpty()) {
            event.getUI().getSession().setAttribute(TARGET, event.getLocation().getPathWithQueryParameters());
            event.forwardTo(LoginView.class);
            return;
        }
        Optional<Role> needed = registry.requiredRole(target);
        if (needed.isPresent() && !user.get().has(needed.get())) {
            Notification.show(ShellTexts.t("access.denied"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            event.forwardTo("");
        }
    }
}
