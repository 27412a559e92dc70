package no.planverk.volunteers.api;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.Message;

/**
 * An assignment (oppdrag) as entered: the unit it serves, its step on the activity and mastery staircase
 * (1-4), what and where, when ({@link Schedule}), how many volunteers, and the checks and skills it needs.
 * {@code organisationId} names an organisation that runs it, when one does; {@code measureId} the measure
 * (tiltak) in the measures module that it serves, when it serves one (checked when the measures module is installed).
 */
public record AssignmentDraft(long unitId, int step, String title, String description, String place, Long organisationId,
        Schedule schedule, int needed, Set<Check> requiredChecks, List<String> requiredSkills, Long measureId) {

    /** A draft without a measure (the form of API 1.0). */
    public AssignmentDraft(long unitId, int step, String title, String description, String place, Long organisationId,
            Schedule schedule, int needed, Set<Check> requiredChecks, List<String> requiredSkills) {
        this(unitId, step, title, description, place, organisationId, schedule, needed, requiredChecks, requiredSkills, null);
    }

    public static final int MIN_STEP = 1;
    public static final int MAX_STEP = 4;
    public static final int MAX_NEEDED = 500;

    public AssignmentDraft {
        requiredChecks = requiredChecks == null ? Set.of()
                : Set.copyOf(requiredChecks.stream().filter(java.util.Objects::nonNull).toList());
        requiredSkills = Texts.list(requiredSkills);
    }

    /** Trimmed and checked; every bad field is named in the exception. */
    public AssignmentDraft validated() {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (step < MIN_STEP || step > MAX_STEP) {
            errors.put("step", Message.of("volunteers.assignment.step", "The step of the staircase is 1 to 4, not {0}", String.valueOf(step)));
        }
        String t = Fields.trim(title);
        if (t == null) {
            errors.put("title", Message.of("volunteers.assignment.title.required", "The assignment needs a title"));
        }
        Texts.checkLength(errors, "title", t, Texts.MAX_NAME);
        String d = Fields.trim(description);
        Texts.checkLength(errors, "description", d, Texts.MAX_TEXT);
        String p = Fields.trim(place);
        Texts.checkLength(errors, "place", p, Texts.MAX_NAME);
        if (schedule == null) {
            errors.put("schedule", Message.of("volunteers.assignment.schedule.required",
                    "The assignment needs a time: a date, or a weekday with a start date"));
        } else if (!schedule.to().isAfter(schedule.from())) {
            errors.put("schedule", Message.of("volunteers.assignment.schedule.times", "The assignment must end after it starts ({0}-{1})",
                    schedule.from().toString(), schedule.to().toString()));
        } else if (schedule.end() != null && schedule.end().isBefore(schedule.start())) {
            errors.put("schedule", Message.of("volunteers.assignment.schedule.dates", "The last date is before the first"));
        }
        if (needed < 1 || needed > MAX_NEEDED) {
            errors.put("needed", Message.of("volunteers.assignment.needed", "Volunteers needed: 1 to {0}", String.valueOf(MAX_NEEDED)));
        }
        List<String> skills = Texts.checkedWords(errors, "requiredSkills", requiredSkills);
        if (measureId != null && measureId <= 0) {
            errors.put("measureId", Message.of("volunteers.assignment.measure.id", "No measure has the id {0}", String.valueOf(measureId)));
        }
        Texts.throwIfAny(errors, Message.of("volunteers.assignment.invalid", "The assignment has errors; see the fields."));
        return new AssignmentDraft(unitId, step, t, d, p, organisationId, schedule, needed, new LinkedHashSet<>(requiredChecks), skills,
                measureId);
    }
}
