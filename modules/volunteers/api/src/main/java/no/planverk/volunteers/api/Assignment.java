package no.planverk.volunteers.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An assignment with the number of volunteers placed on it now. */
public record Assignment(long id, long unitId, int step, String title, String description, String place, Long organisationId,
        Schedule schedule, int needed, Set<Check> requiredChecks, List<String> requiredSkills, int filled, long version) {

    /** Open: still needs volunteers and has occurrences left on or after that day. */
    public boolean openOn(LocalDate day) {
        return filled < needed && schedule.runningOn(day);
    }

    public AssignmentDraft draft() {
        return new AssignmentDraft(unitId, step, title, description, place, organisationId, schedule, needed, requiredChecks,
                requiredSkills);
    }
}
