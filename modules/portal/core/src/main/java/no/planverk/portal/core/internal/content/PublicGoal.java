package no.planverk.portal.core.internal.content;

import java.util.List;

/** A goal of a published plan with its sub-goals; {@code level} is the plans api's level name (lower case). */
public record PublicGoal(long id, String code, String text, String level, List<Integer> sdgs, List<PublicGoal> children) {

    public PublicGoal {
        sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
        children = children == null ? List.of() : List.copyOf(children);
    }
}
