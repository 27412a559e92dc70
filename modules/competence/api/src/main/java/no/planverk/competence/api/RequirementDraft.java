package no.planverk.competence.api;

import no.planverk.platform.api.Fields;

/** A new or changed requirement; one per unit and category. */
public record RequirementDraft(Long unitId, Category category, Double minFte, Double minShare, boolean statutory, String reference,
        String note) {

    public static final int MAX_TEXT = 500;
    public static final double MAX_FTE = 100_000;

    public RequirementDraft validated() {
        Problems errors = new Problems();
        String ref = Fields.trim(reference);
        String n = Fields.trim(note);
        errors.length("reference", ref, MAX_TEXT);
        errors.length("note", n, MAX_TEXT);
        if (unitId == null) {
            errors.put("unitId", "competence.requirement.unit", "Choose the unit");
        }
        if (category == null) {
            errors.put("category", "competence.requirement.category", "Choose the category");
        }
        if (minFte == null && minShare == null) {
            errors.put("minFte", "competence.requirement.minimum", "Give a minimum FTE, a minimum share, or both");
        }
        if (minFte != null && (minFte.isNaN() || minFte < 0 || minFte > MAX_FTE)) {
            errors.put("minFte", "competence.requirement.minFte", "FTE from 0 to {0}", String.valueOf((long) MAX_FTE));
        }
        if (minShare != null && (minShare.isNaN() || minShare < 0 || minShare > 1)) {
            errors.put("minShare", "competence.requirement.minShare", "A share from 0 to 1 (25 % is 0.25)");
        }
        if (statutory && ref == null) {
            errors.put("reference", "competence.requirement.reference", "A statutory requirement names its legal basis, e.g. helse- og omsorgstenestelova § 9-9");
        }
        errors.throwIfAny("The requirement");
        return new RequirementDraft(unitId, category, minFte, minShare, statutory, ref, n);
    }
}
