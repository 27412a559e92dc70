package no.planverk.forecasting.api;

/**
 * The places a housing step at a centre needs in a year to keep today's coverage of the population at or above
 * the coverage age: needed = capacity × pop_c+(t) ÷ pop_c+(t0), gap = needed − capacity (positive: more needed).
 */
public record HousingNeed(String centre, int step, String type, int year, double capacity, double needed, double gap) {
}
