package no.planverk.portal.core.internal.content;

import java.util.List;
import java.util.Optional;

/** The plans module seen from the portal: every plan with its status, and a plan's goal tree. */
public interface PlanSource {

    /** Every plan of the configured municipality, whatever its status; the portal filters. */
    List<PublicPlan> plans();

    Optional<PublicPlan> plan(long id);

    List<PublicGoal> goals(long planId);
}
