package no.planverk.measures.api;

/** A year of the action part: the measure's cost that year in whole NOK (or null) and how it is funded. */
public record YearAmount(int year, Long costNok, Funding funding) {
}
