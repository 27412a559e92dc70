package no.planverk.plans.api;

import java.time.Instant;
import java.util.List;

/**
 * A frozen earlier version of a plan, kept when a revision (rullering) starts: the plan and its goal tree
 * as they were, readable after the revised version is adopted.
 */
public record PlanEdition(long id, long planId, String label, Instant createdAt, Plan plan, List<GoalNode> goals) {
}
