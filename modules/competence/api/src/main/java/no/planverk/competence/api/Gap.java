package no.planverk.competence.api;

/**
 * Required against available FTE for one requirement. {@code unitFte}: the unit's FTE (with units below);
 * {@code requiredFte} = max(minFte, minShare × unitFte); {@code availableFte}: FTE of positions that meet the
 * category; {@code gap} = required − available (positive = short). A statutory requirement with a gap above
 * {@link #TOLERANCE} is a {@code deviation}.
 */
public record Gap(long requirementId, long unitId, String unitCode, String unitName, Category category, double unitFte,
        double requiredFte, double availableFte, double gap, boolean statutory, String reference, boolean deviation) {

    /** Gaps below this many FTE are rounding, not shortfalls. */
    public static final double TOLERANCE = 0.005;

    /** A gap with {@code gap} and {@code deviation} worked out. */
    public static Gap of(Requirement r, String unitCode, String unitName, double unitFte, double requiredFte, double availableFte) {
        double gap = requiredFte - availableFte;
        return new Gap(r.id(), r.unitId(), unitCode, unitName, r.category(), unitFte, requiredFte, availableFte, gap, r.statutory(),
                r.reference(), r.statutory() && gap > TOLERANCE);
    }
}
