package no.planverk.platform.tabular;

import java.util.List;
import no.planverk.platform.api.RowError;

/**
 * A file read as a table: its header (normalised column names), its rows and every error the reader found. With
 * errors, the rows read so far are given too, so a module may check them as well (a preview lists everything at once).
 */
public record Table(List<String> header, List<TableRow> rows, List<RowError> errors) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** True when the file has column {@code name}. */
    public boolean has(String name) {
        return header.contains(name);
    }
}
