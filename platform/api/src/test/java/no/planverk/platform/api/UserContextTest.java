package no.planverk.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UserContextTest {

    @Test
    void adminMayDoEverything() {
        UserContext admin = UserContext.of("a", Role.ADMIN);
        for (Role r : Role.values()) {
            assertTrue(admin.has(r), r.id());
        }
    }

    @Test
    void everyRoleMayReadButNotMore() {
        UserContext planner = UserContext.of("p", Role.PLANNER);
        assertTrue(planner.has(Role.READER));
        assertTrue(planner.has(Role.PLANNER));
        assertFalse(planner.has(Role.COORDINATOR));
        assertFalse(planner.has(Role.ADMIN));
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> planner.require(Role.ADMIN));
        assertTrue(e.getMessage().contains("admin"));
    }

    @Test
    void noRolesMeansNoReading() {
        UserContext nobody = new UserContext("x", Set.of());
        assertFalse(nobody.has(Role.READER));
    }

    @Test
    void roleIdsMatchTheJaasNames() {
        assertEquals(Role.UNIT_LEADER, Role.fromId("unit-leader").orElseThrow());
        assertTrue(Role.fromId("viewer").isEmpty());
    }
}
