package no.planverk.measures.api;

import java.util.List;

/** One page of measures and how many match the query in all. */
public record MeasurePage(List<Measure> items, long total) {
}
