package no.planverk.measures.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Plans and goals for measures to point at. Registered by the bridge bundle installed together with the
 * plans module; when none is registered, measures name their plan and goal in free text.
 */
@ConsumerType
public interface PlanDirectory {

    List<PlanInfo> plans();

    Optional<PlanInfo> plan(long id);

    /** Goals of a plan, in the plan's order. */
    List<GoalInfo> goals(long planId);

    /** The goals with these ids that exist. */
    List<GoalInfo> goals(Collection<Long> ids);

    /**
     * The goal and the goals above it in its own plan, top first ("4", "4.1", "4.1.2"), for a way back from a
     * measure; empty when there is no such goal. Without an override only the goal itself.
     */
    default List<GoalInfo> goalChain(long goalId) {
        return goals(List.of(goalId));
    }

    /**
     * The unit that owns each plan (plan id to unit id), for the plans that have one; measures without units of
     * their own belong to the municipality of their plan's owner. Without an override none is known.
     */
    default Map<Long, Long> planOwners() {
        return Map.of();
    }
}
