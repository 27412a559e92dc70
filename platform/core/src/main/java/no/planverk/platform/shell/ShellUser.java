package no.planverk.platform.shell;

import java.security.AccessController;
import javax.security.auth.Subject;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.UserContext;

/** The user logged in to the Karaf shell, with the Planverk roles and units of their JAAS roles. */
public final class ShellUser {

    private ShellUser() {
    }

    /** The caller of the running command. @throws AccessDeniedException when no one is logged in */
    @SuppressWarnings("removal")
    public static UserContext current() {
        return UserContext.of(Subject.getSubject(AccessController.getContext()));
    }
}
