package no.planverk.plans.api;

import java.util.List;

/**
 * One row of a plan's goal tree. {@code code} is unique within the plan ("4.1", "4.1.2");
 * {@code servesGoalId} links to the goal in a higher plan this goal serves; {@code sdgs} are UN
 * sustainable development goals 1-17.
 */
public record Goal(long id, long planId, Long parentId, GoalLevel level, String code, String text, List<Integer> sdgs,
        Long servesGoalId, Ownership ownership, int position, long version) {

    public Goal {
        sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
    }

    /** "4.1 Innbyggjarane …" for display. */
    public String label() {
        return code == null ? text : code + " " + text;
    }

    public GoalDraft toDraft() {
        return new GoalDraft(planId, parentId, level, code, text, sdgs, servesGoalId, ownership, position);
    }
}
