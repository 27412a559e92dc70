package no.planverk.measures.api;

import java.util.Collection;
import java.util.List;
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
}
