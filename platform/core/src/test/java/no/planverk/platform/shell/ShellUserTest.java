package no.planverk.platform.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.Principal;
import java.security.PrivilegedAction;
import java.util.Set;
import javax.security.auth.Subject;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.Test;

class ShellUserTest {

    /** Named like Karaf's JAAS principal classes, which UserContext recognises by name. */
    record UserPrincipal(String getName) implements Principal {
    }

    record RolePrincipal(String getName) implements Principal {
    }

    @Test
    @SuppressWarnings("removal")
    void theSubjectOfTheRunningCommand() {
        Subject s = new Subject();
        s.getPrincipals().add(new UserPrincipal("planlegg"));
        s.getPrincipals().add(new RolePrincipal("planner"));
        UserContext u = Subject.doAs(s, (PrivilegedAction<UserContext>) ShellUser::current);
        assertEquals("shell:planlegg", u.username());
        assertEquals(Set.of(Role.PLANNER), u.roles());
    }

    @Test
    void nobodyLoggedInIsRefused() {
        assertThrows(AccessDeniedException.class, ShellUser::current);
    }
}
