package no.planverk.plans.api;

/** The measured value of an indicator in one year. */
public record IndicatorValue(int year, double value) {
}
