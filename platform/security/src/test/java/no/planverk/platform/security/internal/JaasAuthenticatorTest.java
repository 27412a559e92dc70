package no.planverk.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import javax.security.auth.Subject;
import no.planverk.platform.api.Role;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.Test;

class JaasAuthenticatorTest {

    @Test
    void keepsOnlyPlanverkRoles() {
        Subject s = new Subject();
        s.getPrincipals().add(new UserPrincipal("admin"));
        s.getPrincipals().add(new RolePrincipal("admin"));
        s.getPrincipals().add(new RolePrincipal("ssh"));
        s.getPrincipals().add(new RolePrincipal("unit-leader"));
        assertEquals(Set.of(Role.ADMIN, Role.UNIT_LEADER), JaasAuthenticator.planverkRoles(s));
    }

    @Test
    void readsUnitsFromUnitRoles() {
        Subject s = new Subject();
        s.getPrincipals().add(new RolePrincipal("unit-leader"));
        s.getPrincipals().add(new RolePrincipal("unit:ALV-HO"));
        s.getPrincipals().add(new RolePrincipal("unit:"));
        assertEquals(Set.of("ALV-HO"), JaasAuthenticator.units(s));
    }
}
