package no.planverk.competence.api;

import no.planverk.platform.api.Fields;

/** A new or changed competence measure. */
public record CompetenceMeasureDraft(Long unitId, CompetenceMeasureKind kind, String title, Category category, Integer year,
        Integer plannedParticipants, Integer actualParticipants, Long measureId, String note) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_PARTICIPANTS = 100_000;

    public CompetenceMeasureDraft validated() {
        Problems errors = new Problems();
        String t = Fields.trim(title);
        String n = Fields.trim(note);
        errors.length("title", t, MAX_TITLE);
        errors.length("note", n, MAX_NOTE);
        if (unitId == null) {
            errors.put("unitId", "competence.measure.unit", "Choose the unit");
        }
        if (kind == null) {
            errors.put("kind", "competence.measure.kind", "course, apprentices, students, mentor, recruitment or other");
        }
        if (t == null) {
            errors.put("title", "competence.measure.title", "The measure needs a title");
        }
        if (year == null || year < PositionDraft.MIN_YEAR || year > PositionDraft.MAX_YEAR) {
            errors.put("year", "competence.measure.year", "A year from {0} to {1}", String.valueOf(PositionDraft.MIN_YEAR), String.valueOf(PositionDraft.MAX_YEAR));
        }
        int planned = plannedParticipants == null ? 0 : plannedParticipants;
        if (planned < 0 || planned > MAX_PARTICIPANTS) {
            errors.put("plannedParticipants", "competence.measure.planned", "From 0 to {0}", String.valueOf(MAX_PARTICIPANTS));
        }
        if (actualParticipants != null && (actualParticipants < 0 || actualParticipants > MAX_PARTICIPANTS)) {
            errors.put("actualParticipants", "competence.measure.actual", "From 0 to {0}, or empty until reported", String.valueOf(MAX_PARTICIPANTS));
        }
        if (measureId != null && measureId <= 0) {
            errors.put("measureId", "competence.measure.measureId", "The id of a measure in the measures module");
        }
        errors.throwIfAny("The competence measure");
        return new CompetenceMeasureDraft(unitId, kind, t, category, year, planned, actualParticipants, measureId, n);
    }
}
