package no.planverk.measures.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.planverk.measures.api.TransferFormat;
import no.planverk.platform.tabular.Csv;
import no.planverk.platform.tabular.Table;
import no.planverk.platform.tabular.TableSpec;
import no.planverk.platform.tabular.Xlsx;

/**
 * Measure tables in CSV and XLSX, read and written by the platform's tabular layer: a header row of
 * {@link MeasureColumns} (plan, number and title required, cost_&lt;year&gt; and funding_&lt;year&gt; for each year).
 */
final class MeasureTables {

    static final TableSpec SPEC = TableSpec.of(MeasureColumns.FIXED, MeasureColumns.REQUIRED)
            .alsoAccepting(c -> MeasureColumns.YEAR_COLUMN.matcher(c).matches(), "cost_<year>", "funding_<year>");

    private MeasureTables() {
    }

    static Cells read(TransferFormat format, byte[] content) {
        Table table = format == TransferFormat.XLSX ? Xlsx.read(content, SPEC) : Csv.read(content, SPEC);
        Cells out = new Cells();
        table.errors().forEach(e -> out.error(e.line(), e.column(), e.message()));
        table.rows().forEach(r -> out.rows.add(new Cells.Row(r.line(), null, r.cells())));
        return out;
    }

    /** CSV with a BOM and CRLF, so Excel reads it as UTF-8; formula-like cells guarded. */
    static byte[] csv(List<String> columns, List<Map<String, String>> rows) {
        return Csv.writeMaps(columns, rows, Csv.Style.EXCEL).getBytes(StandardCharsets.UTF_8);
    }

    /** One sheet "Tiltak"; years and costs as numbers. */
    static byte[] xlsx(List<String> columns, List<Map<String, String>> rows) {
        return Xlsx.write("Tiltak", columns, rows.stream().map(r -> columns.stream().map(c -> cell(c, r.get(c))).toList()).toList());
    }

    private static Object cell(String column, String value) {
        return value != null && (column.startsWith("cost_") || column.endsWith("_year")) ? (Object) Long.valueOf(value) : value;
    }
}
