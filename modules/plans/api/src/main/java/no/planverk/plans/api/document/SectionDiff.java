package no.planverk.plans.api.document;

import java.util.List;

/**
 * One section compared between two revisions, side by side: the older side's words with the removed ones marked,
 * the newer side's with the added ones marked. A section missing on one side has an empty list (and a null number)
 * there.
 */
public record SectionDiff(long sectionId, Change change, String numberBefore, String numberAfter, List<DiffToken> headingBefore,
        List<DiffToken> headingAfter, List<DiffToken> textBefore, List<DiffToken> textAfter) {

    public enum Change { ADDED, REMOVED, CHANGED, MOVED, SAME }

    public SectionDiff {
        headingBefore = List.copyOf(headingBefore);
        headingAfter = List.copyOf(headingAfter);
        textBefore = List.copyOf(textBefore);
        textAfter = List.copyOf(textAfter);
    }
}
