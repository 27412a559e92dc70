package no.planverk.plans.api.document;

import java.util.List;

/** A line or bar chart: labels along the x axis (years), one or more series, and the unit of the values. */
public record BlockChart(String title, Kind kind, List<String> categories, List<BlockSeries> series, String unit) {

    public enum Kind { LINE, BAR }

    public BlockChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }
}
