package no.planverk.plans.api;

import java.util.List;

/** One page of plans and the number of plans that match the query in all. */
public record PlanPage(List<Plan> items, long total) {
}
