package no.planverk.measures.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.transfer.ImportSummary;

/** A file read into rows of named cells, whatever its format, with the errors found while reading. */
final class Cells {

    /** One row: its line (CSV, XLSX) or JSON path, and its cells by column name (absent or null = empty). */
    record Row(int line, String path, Map<String, String> cells) {

        String get(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }

        /** The column as the error should name it: the CSV column, or the JSON path. */
        String where(String column) {
            return path == null ? column : path + "." + column;
        }
    }

    final List<Row> rows = new ArrayList<>();
    final List<RowError> errors = new ArrayList<>();

    void error(int line, String column, Message reason) {
        if (errors.size() < ImportSummary.MAX_ERRORS) {
            errors.add(new RowError(line, column, reason));
        } else if (errors.size() == ImportSummary.MAX_ERRORS) {
            errors.add(new RowError(line, null, Message.of("measures.import.moreErrors", "More errors follow; fix these first")));
        }
    }
}
