package no.planverk.forecasting.api;

/** A population projection read from a file, with its source (null for Planverk's own {@code year,age,population} CSV). */
public record PopulationFile(PopulationProjection population, InputSource source) {
}
