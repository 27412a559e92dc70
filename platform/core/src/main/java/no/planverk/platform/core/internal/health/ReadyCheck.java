package no.planverk.platform.core.internal.health;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of readiness: a feature (the platform or a module) is up when every bundle of it is active, no DS component in
 * them waits for a missing service or failed to start, and, for a module, one of its bundles registers its
 * {@code ModuleDescriptor}. The database is a line of its own.
 */
public record ReadyCheck(String name, boolean up, List<String> problems) {

    /** What readiness needs to know of one bundle of a feature. */
    public record BundleState(String name, boolean active, boolean descriptor, List<String> unsatisfied) {
    }

    /** The work after the start (demo data): up once nothing is pending. */
    public static ReadyCheck startup(List<String> pending) {
        return new ReadyCheck("startup", pending.isEmpty(), pending.stream().map(w -> "loading " + w).toList());
    }

    public static ReadyCheck judge(String feature, List<BundleState> bundles, boolean module) {
        List<String> problems = new ArrayList<>();
        for (BundleState b : bundles) {
            if (!b.active()) {
                problems.add("bundle " + b.name() + " is not active");
            }
            for (String c : b.unsatisfied()) {
                problems.add("component " + c + " of " + b.name() + " is not satisfied");
            }
        }
        if (bundles.isEmpty()) {
            problems.add("no bundle of the feature is installed");
        }
        if (module && bundles.stream().noneMatch(BundleState::descriptor)) {
            problems.add("no ModuleDescriptor is registered");
        }
        return new ReadyCheck(feature, problems.isEmpty(), problems);
    }
}
