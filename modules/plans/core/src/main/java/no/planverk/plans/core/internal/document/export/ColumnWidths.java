package no.planverk.plans.core.internal.document.export;

import java.util.List;
import no.planverk.plans.api.document.BlockCell;
import no.planverk.plans.api.document.BlockTable;

/**
 * Column widths by how much text a column holds (at least its longest word, else its cells' mean length), so a code
 * column stays narrow and a text column wide; PDF lays tables out fixed by these, a browser takes them as hints.
 */
final class ColumnWidths {

    private static final int MIN_WEIGHT = 6;
    private static final int MAX_WEIGHT = 60;

    private ColumnWidths() {
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    static int[] percent(BlockTable table) {
        int cols = table.headers().size();
        double[] weight = new double[cols];
        double total = 0;
        for (int c = 0; c < cols; c++) {
            String header = table.headers().get(c);
            double chars = 0;
            int longestWord = longestWord(header);
            for (List<BlockCell> row : table.rows()) {
                BlockCell cell = c < row.size() ? row.get(c) : null;
                String text = cell == null || cell.text() == null ? "" : cell.text();
                int marker = cell != null && cell.colour() != null ? 2 : 0;
                chars += text.length() + marker;
                longestWord = Math.max(longestWord, longestWord(text) + marker);
            }
            double mean = table.rows().isEmpty() ? 0 : chars / table.rows().size();
            double floor = Math.max(longestWord + 2, 0.6 * Math.min(header.length(), 24));
            weight[c] = Math.min(MAX_WEIGHT, Math.max(Math.max(MIN_WEIGHT, floor), mean));
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
