package no.planverk.platform.tabular;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.planverk.platform.api.Message;

/** The header check CSV and XLSX share: unknown, missing and repeated columns. */
final class Headers {

    private Headers() {
    }

    /** The column names of {@code cells}; errors for every unknown, missing or repeated one. */
    static List<String> check(List<String> cells, TableSpec spec, int line, String delimiter, RowErrors errors) {
        List<String> header = new ArrayList<>();
        cells.forEach(c -> header.add(spec.column(c)));
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
        }
        Set<String> seen = new HashSet<>();
        for (String h : header) {
            if (!spec.known(h)) {
                errors.add(line, h, Message.of("platform.table.column.unknown", "Unknown column ''{0}''; the columns are {1}", h, spec.listed()));
            } else if (!seen.add(h)) {
                errors.add(line, h, Message.of("platform.table.column.twice", "The column ''{0}'' is named twice", h));
            }
        }
        for (String r : spec.required()) {
            if (!header.contains(r)) {
                errors.add(line, r, delimiter == null
                        ? Message.of("platform.table.xlsx.column.missing", "The column ''{0}'' is missing", r)
                        : Message.of("platform.table.column.missing", "The column ''{0}'' is missing (delimiter found: ''{1}'')", r,
                                delimiter.equals("\t") ? "tab" : delimiter));
            }
        }
        return header;
    }
}
