package no.planverk.forecasting.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.route.Routes;
import org.junit.jupiter.api.Test;

/**
 * The roles of every forecasting write, which the platform checks before the body is read (issue 21 §2): planners
 * write, the SSB fetch is for admins, and only the inline run (which stores nothing) is open to every role.
 */
class ForecastsRolesTest {

    private final ForecastsEndpoint endpoint = new ForecastsEndpoint(null, null, null, null);

    @Test
    void everyWriteButTheInlineRunNeedsAWriter() {
        List<String> open = new ArrayList<>();
        for (Routes.Route r : endpoint.routes().routes()) {
            if (!r.method().equals("GET") && (r.roles().isEmpty() || r.roles().contains(Role.READER))) {
                open.add(r.method() + " " + r.pattern());
            }
        }
        assertEquals(List.of("POST /run"), open);
    }

    @Test
    void theStaircaseIsWrittenByPlannersAndSsbIsFetchedByAdmins() {
        assertEquals(Set.of(Role.PLANNER), endpoint.rolesFor("PUT", List.of("staircase")));
        assertEquals(Set.of(), endpoint.rolesFor("GET", List.of("staircase")));
        assertEquals(Set.of(Role.ADMIN), endpoint.rolesFor("POST", List.of("inputs", "ssb")));
        UserContext reader = UserContext.of("lesar", Role.READER);
        UserContext leader = UserContext.of("einingsleiar", Role.UNIT_LEADER);
        assertFalse(reader.hasAny(endpoint.rolesFor("PUT", List.of("staircase"))));
        assertFalse(leader.hasAny(endpoint.rolesFor("PUT", List.of("staircase"))));
        assertFalse(UserContext.of("planlegg", Role.PLANNER).hasAny(endpoint.rolesFor("POST", List.of("inputs", "ssb"))));
    }
}
