package no.planverk.competence.api;

/**
 * Gaps of one category summed over units: required, available, and {@code shortfall} = the sum of the positive gaps
 * (a surplus in one unit does not fill a shortfall in another).
 */
public record CategoryGap(Category category, double requiredFte, double availableFte, double shortfall) {
}
