package no.planverk.ui.api;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.UserContext;

/** The user signed in to the current Vaadin session. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<UserContext> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(UserContext.class));
    }

    /** The user; throws {@link AccessDeniedException} outside a signed-in session. */
    public static UserContext require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
