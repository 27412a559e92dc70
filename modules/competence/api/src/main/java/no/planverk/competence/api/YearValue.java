package no.planverk.competence.api;

/** A figure for a year. */
public record YearValue(int year, double value) {
}
