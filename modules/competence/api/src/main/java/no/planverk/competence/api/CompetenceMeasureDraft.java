package no.planverk.competence.api;

import java.util.LinkedHashMap;
import java.util.Map;
import no.planverk.platform.api.Fields;

/** A new or changed competence measure. */
public record CompetenceMeasureDraft(Long unitId, CompetenceMeasureKind kind, String title, Category category, Integer year,
        Integer plannedParticipants, Integer actualParticipants, Long measureId, String note) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_PARTICIPANTS = 100_000;

    public CompetenceMeasureDraft validated() {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = Fields.trim(title);
        String n = Fields.trim(note);
        Fields.checkLength(errors, "title", t, MAX_TITLE);
        Fields.checkLength(errors, "note", n, MAX_NOTE);
        if (unitId == null) {
            errors.put("unitId", "Choose the unit");
        }
        if (kind == null) {
            errors.put("kind", "course, apprentices, students, mentor, recruitment or other");
        }
        if (t == null) {
            errors.put("title", "The measure needs a title");
        }
        if (year == null || year < PositionDraft.MIN_YEAR || year > PositionDraft.MAX_YEAR) {
            errors.put("year", "A year from " + PositionDraft.MIN_YEAR + " to " + PositionDraft.MAX_YEAR);
        }
        int planned = plannedParticipants == null ? 0 : plannedParticipants;
        if (planned < 0 || planned > MAX_PARTICIPANTS) {
            errors.put("plannedParticipants", "From 0 to " + MAX_PARTICIPANTS);
        }
        if (actualParticipants != null && (actualParticipants < 0 || actualParticipants > MAX_PARTICIPANTS)) {
            errors.put("actualParticipants", "From 0 to " + MAX_PARTICIPANTS + ", or empty until reported");
        }
        if (measureId != null && measureId <= 0) {
            errors.put("measureId", "The id of a measure in the measures module");
        }
        Fields.throwIfAny(errors, "The competence measure");
        return new CompetenceMeasureDraft(unitId, kind, t, category, year, planned, actualParticipants, measureId, n);
    }
}
