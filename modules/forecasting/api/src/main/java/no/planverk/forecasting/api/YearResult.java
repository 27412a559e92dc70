package no.planverk.forecasting.api;

/**
 * What does not depend on the scenario: total population, population at or above the coverage age, dementia
 * persons and their share of the population (null without rates), institution places needed to keep coverage and
 * the gap to the base year's places (positive = more places needed; null without places).
 */
public record YearResult(int year, double population, double coveragePopulation, Double dementiaPersons,
        Double dementiaShare, Double placesNeeded, Double placesGap) {
}
