package no.planverk.forecasting.core.internal.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.InvalidCsvException;
import no.planverk.platform.tabular.Csv;
import no.planverk.platform.tabular.Table;
import no.planverk.platform.tabular.TableRow;
import no.planverk.platform.tabular.TableSpec;

/**
 * A CSV text read through the platform's tabular layer, any columns accepted: a header (column names stripped, in lower
 * case) and rows of cells by column, each with its line; blank cells are absent. Lines before the header that hold a
 * single cell (SSB's table title) are the title; they are blanked, not removed, so the lines of the rows stay the file's.
 * A file the layer refuses (not CSV, cells that do not match the header, too many rows) throws its row errors.
 */
record CsvGrid(String title, List<String> header, List<Row> rows) {

    private static final TableSpec ANY_COLUMNS = TableSpec.of(List.of(), List.of()).alsoAccepting(c -> !c.isBlank());

    record Row(int line, Map<String, String> cells) {
    }

    static CsvGrid read(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        char delimiter = delimiter(text);
        String[] lines = text.split("\n", -1);
        String title = null;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (count(lines[i], delimiter) > 0) {
                break;
            }
            title = title == null ? lines[i].strip().replaceAll("^\"|\"$", "") : title;
            lines[i] = "";
        }
        Table table = Csv.read(String.join("\n", lines), ANY_COLUMNS);
        if (!table.ok()) {
            throw new InvalidCsvException(table.errors());
        }
        List<Row> rows = new ArrayList<>(table.rows().size());
        for (TableRow r : table.rows()) {
            rows.add(new Row(r.line(), r.cells()));
        }
        return new CsvGrid(title, table.header(), rows);
    }

    /** The delimiter the first line with more than one cell has most of: semicolon (SSB's), comma or tab. */
    static char delimiter(String text) {
        for (String line : text.split("\\R")) {
            int semi = count(line, ';');
            int comma = count(line, ',');
            int tab = count(line, '\t');
            if (semi + comma + tab > 0) {
                return semi >= comma && semi >= tab ? ';' : tab > comma ? '\t' : ',';
            }
        }
        return ';';
    }

    /** How many times {@code c} is in the line outside quotes. */
    static int count(String line, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }
}
