package no.planverk.competence.api;

import java.util.LinkedHashMap;
import java.util.Map;
import no.planverk.platform.api.Fields;

/** A new or changed requirement; one per unit and category. */
public record RequirementDraft(Long unitId, Category category, Double minFte, Double minShare, boolean statutory, String reference,
        String note) {

    public static final int MAX_TEXT = 500;
    public static final double MAX_FTE = 100_000;

    public RequirementDraft validated() {
        Map<String, String> errors = new LinkedHashMap<>();
        String ref = Fields.trim(reference);
        String n = Fields.trim(note);
        Fields.checkLength(errors, "reference", ref, MAX_TEXT);
        Fields.checkLength(errors, "note", n, MAX_TEXT);
        if (unitId == null) {
            errors.put("unitId", "Choose the unit");
        }
        if (category == null) {
            errors.put("category", "Choose the category");
        }
        if (minFte == null && minShare == null) {
            errors.put("minFte", "Give a minimum FTE, a minimum share, or both");
        }
        if (minFte != null && (minFte.isNaN() || minFte < 0 || minFte > MAX_FTE)) {
            errors.put("minFte", "FTE from 0 to " + (long) MAX_FTE);
        }
        if (minShare != null && (minShare.isNaN() || minShare < 0 || minShare > 1)) {
            errors.put("minShare", "A share from 0 to 1 (25 % is 0.25)");
        }
        if (statutory && ref == null) {
            errors.put("reference", "A statutory requirement names its legal basis, e.g. helse- og omsorgstenestelova § 9-9");
        }
        Fields.throwIfAny(errors, "The requirement");
        return new RequirementDraft(unitId, category, minFte, minShare, statutory, ref, n);
    }
}
