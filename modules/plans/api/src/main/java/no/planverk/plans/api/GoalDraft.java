package no.planverk.plans.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** The editable fields of a goal. The level must be one below the parent's (MAIN has no parent). */
public record GoalDraft(long planId, Long parentId, GoalLevel level, String code, String text, List<Integer> sdgs,
        Long servesGoalId, Ownership ownership, int position) {

    public static final int MAX_CODE = 40;
    public static final int MAX_TEXT = 2000;

    public GoalDraft {
        sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
    }

    public static GoalDraft of(long planId, Long parentId, GoalLevel level, String code, String text) {
        return new GoalDraft(planId, parentId, level, code, text, List.of(), null, Ownership.THIS_PLAN, 0);
    }

    /** Trimmed copy with sorted, distinct SDGs; throws {@link InvalidInputException} naming each bad field. */
    public GoalDraft validated() {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (level == null) {
            errors.put("level", Message.of("plans.goal.level.required", "Level is required (main, goal, sub-goal or outcome)"));
        }
        String c = Texts.trim(code);
        if (c != null && (c.length() > MAX_CODE || c.contains("#"))) {
            errors.put("code", Message.of("plans.goal.code.format", "Code: at most {0} characters, no ''#''", String.valueOf(MAX_CODE)));
        }
        String t = Texts.trim(text);
        if (t == null) {
            errors.put("text", Message.of("plans.goal.text.required", "The goal text is required"));
        }
        Texts.checkLength(errors, "text", t, MAX_TEXT, "plans.goal.text.tooLong");
        for (Integer sdg : sdgs) {
            if (sdg == null || sdg < 1 || sdg > 17) {
                errors.put("sdgs", Message.of("plans.goal.sdg.range", "UN sustainable development goals are numbered 1 to 17, not {0}",
                        String.valueOf(sdg)));
            }
        }
        Texts.throwIfAny(errors, "plans.goal.invalid", "The goal");
        return new GoalDraft(planId, parentId, level, c, t, sdgs.stream().distinct().sorted().toList(), servesGoalId,
                ownership == null ? Ownership.THIS_PLAN : ownership, position);
    }
}
