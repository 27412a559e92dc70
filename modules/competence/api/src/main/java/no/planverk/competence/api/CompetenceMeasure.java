package no.planverk.competence.api;

/**
 * A competence measure of a unit in a year with planned and actual participants (actual null until reported). It may
 * be a measure of the measures module ({@code measureId}); {@code measureLabel} (e.g. "90 Mentorordning") is filled
 * in while that module is installed.
 */
public record CompetenceMeasure(long id, long unitId, CompetenceMeasureKind kind, String title, Category category, int year,
        int plannedParticipants, Integer actualParticipants, Long measureId, String measureLabel, String note, long version) {
}
