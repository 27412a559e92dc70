package no.planverk.competence.api;

/**
 * Required competence of a unit in a category: at least {@code minFte} FTE and/or at least {@code minShare} (0..1)
 * of the unit's FTE. A statutory requirement names its legal basis in {@code reference}.
 */
public record Requirement(long id, long unitId, Category category, Double minFte, Double minShare, boolean statutory, String reference,
        String note, long version) {
}
