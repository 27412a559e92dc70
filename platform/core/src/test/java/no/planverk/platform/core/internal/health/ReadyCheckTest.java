package no.planverk.platform.core.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadyCheckTest {

    private static ReadyCheck.BundleState bundle(String name, boolean active, boolean descriptor, String... unsatisfied) {
        return new ReadyCheck.BundleState(name, active, descriptor, List.of(unsatisfied));
    }

    @Test
    void aModuleIsUpWithActiveBundlesSatisfiedComponentsAndItsDescriptor() {
        ReadyCheck c = ReadyCheck.judge("planverk-plans", List.of(bundle("plans.api", true, false), bundle("plans.core", true, true)), true);
        assertTrue(c.up(), c.problems().toString());
    }

    @Test
    void aComponentWaitingForAServiceMakesTheModuleDown() {
        ReadyCheck c = ReadyCheck.judge("planverk-plans", List.of(bundle("plans.core", true, true, "PlansEndpoint")), true);
        assertFalse(c.up());
        assertEquals(List.of("component PlansEndpoint of plans.core is not satisfied"), c.problems());
    }

    @Test
    void aStoppedBundleOrAMissingDescriptorMakesTheModuleDown() {
        assertFalse(ReadyCheck.judge("planverk-plans", List.of(bundle("plans.core", false, true)), true).up());
        assertFalse(ReadyCheck.judge("planverk-plans", List.of(bundle("plans.core", true, false)), true).up());
        assertTrue(ReadyCheck.judge("planverk-platform", List.of(bundle("platform.core", true, false)), false).up());
        assertFalse(ReadyCheck.judge("planverk-x", List.of(), false).up());
    }

    @Test
    void demoDataStillLoadingKeepsTheStartDown() {
        ReadyCheck loading = ReadyCheck.startup(List.of("plans", "measures"));
        assertFalse(loading.up());
        assertEquals(List.of("loading plans", "loading measures"), loading.problems());
        assertTrue(ReadyCheck.startup(List.of()).up());
    }
}
