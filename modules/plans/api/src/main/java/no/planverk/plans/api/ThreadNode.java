package no.planverk.plans.api;

import java.util.List;

/**
 * One node of the red thread, down from a goal: a goal of some plan, a plan that serves a goal, or an
 * item another module links to a goal (a measure, named by {@code linkKind}). {@code route} is the UI route
 * to open it, if any.
 */
public record ThreadNode(Kind kind, long id, String code, String text, Ownership ownership, long planId,
        String planTitle, String route, String linkKind, List<ThreadNode> children) {

    public enum Kind { GOAL, PLAN, LINK }

    public ThreadNode {
        children = List.copyOf(children);
    }

    /** Number of nodes in this subtree, this one included. */
    public int size() {
        return 1 + children.stream().mapToInt(ThreadNode::size).sum();
    }
}
