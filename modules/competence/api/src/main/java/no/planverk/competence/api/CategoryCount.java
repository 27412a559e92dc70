package no.planverk.competence.api;

/**
 * The register of a unit (with the units below it) for one category and year: positions, FTE, positions held by
 * staff aged 55 or more (by the band's first age), temporary positions and positions with further education.
 */
public record CategoryCount(Category category, int positions, double fte, int aged55plus, int temporary, int furtherEducation) {
}
