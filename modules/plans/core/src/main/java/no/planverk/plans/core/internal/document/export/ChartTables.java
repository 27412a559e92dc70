package no.planverk.plans.core.internal.document.export;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import no.planverk.plans.api.document.BlockCell;
import no.planverk.plans.api.document.BlockChart;
import no.planverk.plans.api.document.BlockSeries;
import no.planverk.plans.api.document.BlockTable;

/** A chart's figures as a table (a row per category, a column per series), so nobody depends on the picture. */
final class ChartTables {

    private ChartTables() {
    }

    static BlockTable of(BlockChart chart, ExportTexts texts) {
        List<String> headers = new ArrayList<>();
        headers.add(texts.get("plans.document.export.category"));
        chart.series().forEach(s -> headers.add(s.name()));
        NumberFormat number = ChartImages.norwegian();
        List<List<BlockCell>> rows = new ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            List<BlockCell> row = new ArrayList<>();
            row.add(BlockCell.of(chart.categories().get(i)));
            for (BlockSeries s : chart.series()) {
                Double v = i < s.values().size() ? s.values().get(i) : null;
                row.add(BlockCell.of(v == null ? "" : number.format(v)));
            }
            rows.add(row);
        }
        return new BlockTable(headers, rows);
    }
}
