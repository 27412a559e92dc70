package no.planverk.plans.api.document;

import java.util.List;

/** One series of a chart; a null value is a gap. */
public record BlockSeries(String name, List<Double> values) {

    public BlockSeries {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
