package no.planverk.platform.core.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.karaf.features.internal.model.Bundle;
import org.apache.karaf.features.internal.model.Conditional;
import org.apache.karaf.features.internal.model.Feature;
import org.junit.jupiter.api.Test;

/** Which bundles readiness waits for (the demo's own, each module demo whose modules are installed), and which missing services it forgives. */
class ReadinessBundlesTest {

    private static Feature demo() {
        Feature f = new Feature("planverk-demo", "0.1.0");
        f.getBundle().add(new Bundle("mvn:no.planverk/no.planverk.platform.demo/0.1.0"));
        Bundle dependency = new Bundle("mvn:org.example/library/1.0");
        dependency.setDependency(true);
        f.getBundle().add(dependency);
        f.getConditional().add(conditional("mvn:no.planverk/no.planverk.plans.demo/0.1.0", "planverk-plans"));
        f.getConditional().add(conditional("mvn:no.planverk/no.planverk.consultation.demo/0.1.0", "planverk-consultation", "planverk-plans"));
        f.getConditional().add(conditional("mvn:no.planverk/no.planverk.volunteers.demo/0.1.0", "planverk-volunteers"));
        return f;
    }

    private static Conditional conditional(String bundle, String... conditions) {
        Conditional c = new Conditional();
        c.getCondition().addAll(List.of(conditions));
        c.getBundle().add(new Bundle(bundle));
        return c;
    }

    @Test
    void ownBundlesAndThoseOfInstalledModulesOnly() {
        assertEquals(List.of("mvn:no.planverk/no.planverk.platform.demo/0.1.0", "mvn:no.planverk/no.planverk.plans.demo/0.1.0"),
                Readiness.expectedBundles(demo(), Set.of("planverk-plans")::contains));
        assertEquals(List.of("mvn:no.planverk/no.planverk.platform.demo/0.1.0", "mvn:no.planverk/no.planverk.plans.demo/0.1.0",
                "mvn:no.planverk/no.planverk.consultation.demo/0.1.0", "mvn:no.planverk/no.planverk.volunteers.demo/0.1.0"),
                Readiness.expectedBundles(demo(), Set.of("planverk-plans", "planverk-consultation", "planverk-volunteers")::contains));
        assertEquals(List.of("mvn:no.planverk/no.planverk.platform.demo/0.1.0"), Readiness.expectedBundles(demo(), name -> false));
    }

    @Test
    void aBridgeToAModuleThatIsNotInstalledIsNoProblem() {
        assertTrue(Readiness.onlyInvisible(List.of("no.planverk.consultation.api.ConsultationService"), name -> false));
        // the type is visible: the module is there, its service is not (yet)
        assertFalse(Readiness.onlyInvisible(List.of("no.planverk.consultation.api.ConsultationService"), name -> true));
        assertFalse(Readiness.onlyInvisible(List.of("no.planverk.consultation.api.ConsultationService", "no.planverk.platform.api.AuditLog"),
                name -> name.startsWith("no.planverk.platform")));
        assertFalse(Readiness.onlyInvisible(List.of(), name -> false));
    }
}
