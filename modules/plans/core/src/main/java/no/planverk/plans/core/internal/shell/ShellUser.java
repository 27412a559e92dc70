package no.planverk.plans.core.internal.shell;

import java.security.AccessController;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import javax.security.auth.Subject;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** The user logged in to the Karaf shell, with the Planverk roles and units of their JAAS roles. */
final class ShellUser {

    private ShellUser() {
    }

    @SuppressWarnings("removal")
    static UserContext current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            throw new AccessDeniedException("No user is logged in to this shell");
        }
        String name = subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst().orElse("shell");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> units = new TreeSet<>();
        for (RolePrincipal p : subject.getPrincipals(RolePrincipal.class)) {
            Role.fromId(p.getName()).ifPresent(roles::add);
            if (p.getName().startsWith(UserContext.UNIT_ROLE_PREFIX)) {
                units.add(p.getName().substring(UserContext.UNIT_ROLE_PREFIX.length()));
            }
        }
        return new UserContext("shell:" + name, roles, units);
    }
}
