package no.planverk.competence.core.internal.rest;

import no.planverk.competence.api.BenchmarkDraft;
import no.planverk.competence.api.BenchmarkKind;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.CompetenceMeasureDraft;
import no.planverk.competence.api.CompetenceMeasureKind;
import no.planverk.competence.api.PositionDraft;
import no.planverk.competence.api.RequirementDraft;

/** JSON bodies of POST and PUT: a draft's fields, plus the version that was read (PUT). */
final class Bodies {

    private Bodies() {
    }

    record PositionChange(Long unitId, Integer year, Category category, Double percent, Integer count, Integer ageFrom, Integer ageTo,
            Boolean temporary, String furtherEducation, String employeeNo, String name, Integer birthYear, Long version) {

        PositionDraft draft() {
            return new PositionDraft(unitId, year, category, percent, count, ageFrom, ageTo, Boolean.TRUE.equals(temporary), furtherEducation,
                    employeeNo, name, birthYear);
        }
    }

    record RequirementChange(Long unitId, Category category, Double minFte, Double minShare, Boolean statutory, String reference,
            String note, Long version) {

        RequirementDraft draft() {
            return new RequirementDraft(unitId, category, minFte, minShare, Boolean.TRUE.equals(statutory), reference, note);
        }
    }

    record BenchmarkChange(BenchmarkKind kind, Integer year, Long unitId, Double fullTimeShare, Double averagePercent, String source,
            Long version) {

        BenchmarkDraft draft() {
            return new BenchmarkDraft(kind, year, unitId, fullTimeShare, averagePercent, source);
        }
    }

    record MeasureChange(Long unitId, CompetenceMeasureKind kind, String title, Category category, Integer year, Integer plannedParticipants,
            Integer actualParticipants, Long measureId, String note, Long version) {

        CompetenceMeasureDraft draft() {
            return new CompetenceMeasureDraft(unitId, kind, title, category, year, plannedParticipants, actualParticipants, measureId, note);
        }
    }

    /** A category with its label, for pick lists. */
    record CategoryInfo(String id, String name, String label) {
    }
}
