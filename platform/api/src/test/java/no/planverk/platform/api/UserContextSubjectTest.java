package no.planverk.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.Principal;
import java.util.Set;
import javax.security.auth.Subject;
import org.junit.jupiter.api.Test;

class UserContextSubjectTest {

    /** Named like Karaf's JAAS principal classes, which this API recognises by name. */
    record UserPrincipal(String getName) implements Principal {
    }

    record RolePrincipal(String getName) implements Principal {
    }

    @Test
    void readsNameRolesAndUnitsFromTheSubject() {
        Subject s = new Subject();
        s.getPrincipals().add(new UserPrincipal("einingsleiar"));
        s.getPrincipals().add(new RolePrincipal("unit-leader"));
        s.getPrincipals().add(new RolePrincipal("unit:ALV-HO"));
        s.getPrincipals().add(new RolePrincipal("ssh"));
        UserContext u = UserContext.of(s);
        assertEquals("shell:einingsleiar", u.username());
        assertEquals(Set.of(Role.UNIT_LEADER), u.roles());
        assertEquals(Set.of("ALV-HO"), u.units());
        assertThrows(AccessDeniedException.class, () -> UserContext.of((Subject) null));
    }
}
