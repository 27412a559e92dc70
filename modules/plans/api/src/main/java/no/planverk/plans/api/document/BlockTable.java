package no.planverk.plans.api.document;

import java.util.List;

/** A table with a header row; every row has as many cells as there are headers. */
public record BlockTable(List<String> headers, List<List<BlockCell>> rows) {

    public BlockTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
