package no.planverk.plans.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PlanStatusTest {

    @Test
    void followsTheLifecycleOfAPlan() {
        assertTrue(PlanStatus.PREPARATION.canGoTo(PlanStatus.CONSULTATION));
        assertTrue(PlanStatus.CONSULTATION.canGoTo(PlanStatus.POLITICAL));
        assertTrue(PlanStatus.POLITICAL.canGoTo(PlanStatus.IN_FORCE));
        assertTrue(PlanStatus.POLITICAL.canGoTo(PlanStatus.RETURNED));
        assertTrue(PlanStatus.RETURNED.canGoTo(PlanStatus.POLITICAL));
        assertTrue(PlanStatus.IN_FORCE.canGoTo(PlanStatus.REVISION));
        assertTrue(PlanStatus.REVISION.canGoTo(PlanStatus.POLITICAL));
        assertTrue(PlanStatus.EXPIRED.canGoTo(PlanStatus.REPLACED));
    }

    @Test
    void refusesShortcutsAndNothingLeavesReplaced() {
        assertFalse(PlanStatus.PREPARATION.canGoTo(PlanStatus.IN_FORCE));
        assertFalse(PlanStatus.IN_FORCE.canGoTo(PlanStatus.PREPARATION));
        assertFalse(PlanStatus.EXPIRED.canGoTo(PlanStatus.IN_FORCE));
        assertEquals(EnumSet.noneOf(PlanStatus.class), PlanStatus.REPLACED.next());
        for (PlanStatus s : PlanStatus.values()) {
            assertFalse(s.canGoTo(s), s + " to itself");
        }
    }

    @Test
    void parsesIdsAndNames() {
        assertEquals(PlanStatus.IN_FORCE, PlanStatus.parse("in-force").orElseThrow());
        assertEquals(PlanStatus.IN_FORCE, PlanStatus.parse(" IN_FORCE ").orElseThrow());
        assertTrue(PlanStatus.parse("vedteke").isEmpty());
        assertEquals(PlanType.OTHER, PlanType.parse("rettleiar").orElseThrow());
    }
}
