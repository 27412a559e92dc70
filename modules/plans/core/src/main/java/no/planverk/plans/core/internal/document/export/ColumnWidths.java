package no.planverk.plans.core.internal.document.export;

import java.util.List;
import no.planverk.plans.api.document.BlockCell;
import no.planverk.plans.api.document.BlockTable;

/**
 * Column widths by how much text a column holds (its header's longest word and its cells' mean length), so a code
 * column stays narrow and a text column wide; PDF lays tables out fixed by these, a browser takes them as hints.
 */
final class ColumnWidths {

    private static final int MIN_WEIGHT = 6;
    private static final int MAX_WEIGHT = 60;

    private ColumnWidths() {
    }

    static int[] percent(BlockTable table) {
        int cols = table.headers().size();
        double[] weight = new double[cols];
        double total = 0;
        for (int c = 0; c < cols; c++) {
            double chars = 0;
            for (List<BlockCell> row : table.rows()) {
                String text = c < row.size() && row.get(c).text() != null ? row.get(c).text() : "";
                chars += text.length() + (c < row.size() && row.get(c).colour() != null ? 2 : 0);
            }
            double mean = table.rows().isEmpty() ? 0 : chars / table.rows().size();
            int longestWord = 0;
            for (String word : table.headers().get(c).split("\\s+")) {
                longestWord = Math.max(longestWord, word.length());
            }
            weight[c] = Math.min(MAX_WEIGHT, Math.max(Math.max(MIN_WEIGHT, longestWord + 2), mean));
            total += weight[c];
        }
        int[] share = new int[cols];
        int given = 0;
        for (int c = 0; c < cols; c++) {
            share[c] = c == cols - 1 ? Math.max(1, 100 - given) : (int) Math.floor(100 * weight[c] / total);
            given += share[c];
        }
        return share;
    }
}
