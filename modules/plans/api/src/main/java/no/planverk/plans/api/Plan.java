package no.planverk.plans.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as stored. {@code code} is unique and stable (used by files and links); {@code ownerUnitId} is a
 * platform organisation unit; {@code servesGoalIds} are goals in higher plans this plan carries out.
 */
public record Plan(long id, String code, PlanType type, String title, Long ownerUnitId, String responsible,
        Integer periodFrom, Integer periodTo, String decisionRef, LocalDate decisionDate, String documentUrl,
        Long parentId, Long successorId, PlanStatus status, LocalDate statusDate, LocalDate plannedAdoption,
        String description, List<Long> servesGoalIds, long version) {

    public Plan {
        servesGoalIds = servesGoalIds == null ? List.of() : List.copyOf(servesGoalIds);
    }

    /** "2018–2028", "2021–" or "" for display. */
    public String period() {
        if (periodFrom == null && periodTo == null) {
            return "";
        }
        return (periodFrom == null ? "" : periodFrom) + "–" + (periodTo == null ? "" : periodTo);
    }

    /** The editable fields of this plan, for an update. */
    public PlanDraft toDraft() {
        return new PlanDraft(code, type, title, ownerUnitId, responsible, periodFrom, periodTo, decisionRef, decisionDate,
                documentUrl, parentId, successorId, plannedAdoption, description, servesGoalIds);
    }
}
