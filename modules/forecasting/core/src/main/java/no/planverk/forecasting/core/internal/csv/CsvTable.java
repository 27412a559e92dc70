package no.planverk.forecasting.core.internal.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planverk.platform.tabular.Csv;
import no.planverk.platform.tabular.Table;
import no.planverk.platform.tabular.TableRow;
import no.planverk.platform.tabular.TableSpec;

/**
 * Reads a CSV file with exactly the given columns (any order, any case) through the platform's tabular layer (strict
 * UTF-8, BOM, delimiter, header, limits). Rows go to the handler with their line, every column present ("" when
 * blank); errors to {@link Errors}.
 */
final class CsvTable {

    interface RowHandler {
        void row(int line, Map<String, String> cells);
    }

    private CsvTable() {
    }

    static void read(byte[] content, List<String> columns, Errors errors, RowHandler handler) {
        Table table = Csv.read(content, TableSpec.of(columns));
        table.errors().forEach(e -> errors.add(e.line(), e.column(), e.message()));
        for (TableRow row : table.rows()) {
            Map<String, String> cells = new HashMap<>();
            columns.forEach(c -> cells.put(c, row.cells().getOrDefault(c, "")));
            handler.row(row.line(), cells);
        }
    }
}
