package no.planverk.competence.api;

/**
 * One year of the full-time trend with the figures it is held against: the target that applies (the unit's own, else
 * the nearest unit above it, else the one for all; the newest up to that year) and the newest national figures up
 * to that year. Null where there is none.
 */
public record FulltimeYear(FulltimeStats stats, Double targetShare, Double targetAverage, Double nationalShare, Double nationalAverage) {
}
