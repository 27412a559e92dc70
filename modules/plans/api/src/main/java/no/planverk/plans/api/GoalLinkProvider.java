package no.planverk.plans.api;

import java.util.Collection;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by modules that link their items to goals (measures), so the red thread reaches them. The
 * plans module tracks these services dynamically: when the module goes, its links leave the thread.
 */
@ConsumerType
public interface GoalLinkProvider {

    /** The items linked to any of the given goals. */
    List<GoalLink> linksTo(Collection<Long> goalIds);
}
