package no.planverk.competence.core.internal.shell;

import java.security.AccessController;
import javax.security.auth.Subject;
import no.planverk.platform.api.UserContext;

/** The user logged in to the Karaf shell, with the Planverk roles and units of their JAAS roles. */
final class ShellUser {

    private ShellUser() {
    }

    @SuppressWarnings("removal")
    static UserContext current() {
        return UserContext.of(Subject.getSubject(AccessController.getContext()));
    }
}
