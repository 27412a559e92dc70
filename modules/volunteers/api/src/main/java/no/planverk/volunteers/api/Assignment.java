package no.planverk.volunteers.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An assignment with the number of volunteers placed on it now; {@code measureId} is the measure (tiltak) it
 * serves, or null.
 */
public record Assignment(long id, long unitId, int step, String title, String description, String place, Long organisationId,
        Schedule schedule, int needed, Set<Check> requiredChecks, List<String> requiredSkills, int filled, long version,
        Long measureId) {

    /** An assignment without a measure (the form of API 1.0). */
    public Assignment(long id, long unitId, int step, String title, String description, String place, Long organisationId,
            Schedule schedule, int needed, Set<Check> requiredChecks, List<String> requiredSkills, int filled, long version) {
        this(id, unitId, step, title, description, place, organisationId, schedule, needed, requiredChecks, requiredSkills, filled,
                version, null);
    }

    /** Open: still needs volunteers and has occurrences left on or after that day. */
    public boolean openOn(LocalDate day) {
        return filled < needed && schedule.runningOn(day);
    }

    public AssignmentDraft draft() {
        return new AssignmentDraft(unitId, step, title, description, place, organisationId, schedule, needed, requiredChecks,
                requiredSkills, measureId);
    }
}
