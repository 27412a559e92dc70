package no.planverk.competence.core.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.platform.tabular.Csv;
import no.planverk.platform.tabular.Table;
import no.planverk.platform.tabular.TableSpec;
import no.planverk.platform.tabular.Xlsx;

/**
 * Workforce files (an HR export as CSV or XLSX), read and written by the platform's tabular layer: the columns of
 * {@link WorkforceColumns}, also under their Norwegian names, in any order; unit, year, category, percent and age or
 * birth_year required.
 */
final class WorkforceTables {

    static final TableSpec SPEC = TableSpec.of(WorkforceColumns.ALL, WorkforceColumns.REQUIRED).withAliases(WorkforceColumns.aliases());
    private static final Set<String> NUMBERS = Set.of(WorkforceColumns.YEAR, WorkforceColumns.PERCENT, WorkforceColumns.COUNT,
            WorkforceColumns.BIRTH_YEAR);

    private WorkforceTables() {
    }

    static Cells read(no.planverk.platform.api.transfer.FileFormat format, byte[] content) {
        Table table = format == no.planverk.platform.api.transfer.FileFormat.XLSX ? Xlsx.read(content, SPEC) : Csv.read(content, SPEC);
        Cells out = new Cells();
        table.errors().forEach(e -> out.error(e.line(), e.column(), e.message()));
        if (!table.header().isEmpty() && !table.has(WorkforceColumns.AGE) && !table.has(WorkforceColumns.BIRTH_YEAR)) {
            out.error(1, WorkforceColumns.AGE, "competence.import.column.age", "The column ''age'' (or ''birth_year'') is missing");
            return out;
        }
        table.rows().forEach(r -> out.rows.add(new Cells.Row(r.line(), r.cells())));
        return out;
    }

    /** Rows as CSV with a BOM and CRLF (so Excel reads UTF-8); formula-like text guarded. Also the REST answers' CSV. */
    static byte[] csv(List<String> columns, List<Map<String, String>> rows) {
        return Csv.writeMaps(columns, rows, Csv.Style.EXCEL).getBytes(StandardCharsets.UTF_8);
    }

    /** One sheet "Bemanning"; year, percent, count and birth year as numbers. */
    static byte[] xlsx(List<String> columns, List<Map<String, String>> rows) {
        return Xlsx.write("Bemanning", columns, rows.stream().map(r -> columns.stream()
                .map(c -> r.get(c) != null && NUMBERS.contains(c) ? (Object) new BigDecimal(r.get(c)) : r.get(c)).toList()).toList());
    }
}
