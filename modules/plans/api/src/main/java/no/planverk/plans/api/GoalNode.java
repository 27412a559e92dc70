package no.planverk.plans.api;

import java.util.List;

/** A goal with its sub-goals, in position order. */
public record GoalNode(Goal goal, List<GoalNode> children) {

    public GoalNode {
        children = List.copyOf(children);
    }

    /** This goal and every goal below it, depth first. */
    public List<Goal> flatten() {
        java.util.ArrayList<Goal> all = new java.util.ArrayList<>();
        all.add(goal);
        children.forEach(c -> all.addAll(c.flatten()));
        return all;
    }
}
