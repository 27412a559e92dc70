package no.planverk.competence.core.internal.io;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.competence.api.Position;
import no.planverk.competence.core.internal.CompetenceRights;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.tabular.Csv;
import no.planverk.platform.tabular.Table;
import no.planverk.platform.tabular.TableSpec;
import no.planverk.platform.tabular.Xlsx;

/**
 * Workforce files (an HR export as CSV or XLSX), read and written by the platform's tabular layer: the columns of
 * {@link WorkforceColumns}, also under their Norwegian names, in any order; unit, year, category, percent and age or
 * birth_year required.
 */
public final class WorkforceTables {

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

    /** The register's positions as a file with every column, units by code; CSV unless {@code xlsx}. */
    public static byte[] export(List<Position> positions, OrgUnitService org, boolean xlsx) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Position p : positions) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put(WorkforceColumns.UNIT, CompetenceRights.unit(org, p.unitId()).code());
            r.put(WorkforceColumns.YEAR, String.valueOf(p.year()));
            r.put(WorkforceColumns.CATEGORY, p.category().id());
            r.put(WorkforceColumns.PERCENT, number(p.percent()));
            r.put(WorkforceColumns.COUNT, String.valueOf(p.count()));
            r.put(WorkforceColumns.AGE, p.ageFrom() == p.ageTo() ? String.valueOf(p.ageFrom()) : p.ageFrom() + "-" + p.ageTo());
            r.put(WorkforceColumns.TEMPORARY, p.temporary() ? "ja" : "nei");
            r.put(WorkforceColumns.FURTHER_EDUCATION, p.furtherEducation());
            r.put(WorkforceColumns.EMPLOYEE_NO, p.employeeNo());
            r.put(WorkforceColumns.NAME, p.name());
            r.put(WorkforceColumns.BIRTH_YEAR, p.birthYear() == null ? null : String.valueOf(p.birthYear()));
            rows.add(r);
        }
        return xlsx ? xlsx(WorkforceColumns.ALL, rows) : csv(WorkforceColumns.ALL, rows);
    }

    /** A position size as a file shows it: at most two decimals, no binary noise (0.333 × 100 is 33.3, not 33.300000000000004). */
    static String number(double d) {
        return new BigDecimal(d).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
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
