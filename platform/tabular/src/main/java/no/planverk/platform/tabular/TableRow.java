package no.planverk.platform.tabular;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One row of a table: its line in the file (the header is line 1 of a file that starts with it) and its cells by
 * column name. Cells are stripped, an export's formula guard is taken off ("'=x" is "=x"), blank cells are absent.
 */
public record TableRow(int line, Map<String, String> cells) {

    public TableRow {
        cells = Map.copyOf(cells);
    }

    /** The cell of {@code column}, or null when blank. */
    public String get(String column) {
        return cells.get(column);
    }

    /** True when the cell of {@code column} is blank. */
    public boolean blank(String column) {
        return !cells.containsKey(column);
    }

    /** A list cell: its entries split on {@code separators} (a regular expression, e.g. "[|,]"), stripped, blanks left out. */
    public List<String> list(String column, String separators) {
        String v = cells.get(column);
        return v == null ? List.of() : Arrays.stream(v.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
