package no.planverk.volunteers.core.internal;

import no.planverk.platform.api.Message;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.platform.api.RowError;
import no.planverk.platform.tabular.Csv;
import no.planverk.platform.tabular.Table;
import no.planverk.platform.tabular.TableSpec;
import no.planverk.platform.api.transfer.ImportSummary;

/** A CSV file read into rows of named cells by the platform's tabular layer, with the module's date and list cells. */
final class CsvFile {

    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("d.M.uuuu");

    /** One row: its line in the file and its cells by column (blank cells absent). */
    record Row(int line, Map<String, String> cells) {

        String get(String column) {
            return cells.get(column);
        }

        /** A list cell: entries split on '|' or ','. */
        List<String> list(String column) {
            String v = cells.get(column);
            return v == null ? List.of() : Arrays.stream(v.split("[|,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    final List<Row> rows = new ArrayList<>();
    final List<RowError> errors = new ArrayList<>();

    void error(int line, String column, Message reason) {
        if (errors.size() < ImportSummary.MAX_ERRORS) {
            errors.add(new RowError(line, column, reason));
        } else if (errors.size() == ImportSummary.MAX_ERRORS) {
            errors.add(new RowError(line, null, Message.of("volunteers.import.more", "More errors follow; fix these first")));
        }
    }

    /** A date cell as 2026-03-01 or 1.3.2026; null when blank, an error when bad. */
    LocalDate date(Row r, String column) {
        String v = r.get(column);
        if (v == null) {
            return null;
        }
        try {
            return v.contains(".") ? LocalDate.parse(v, NORWEGIAN) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            error(r.line(), column, Message.of("volunteers.import.date", "''{0}'' is not a date (2026-03-01 or 1.3.2026)", v));
            return null;
        }
    }

    /** Reads a file through the platform's tabular layer (strict UTF-8, delimiter, header, limits). */
    static CsvFile read(byte[] bytes, Set<String> known, Set<String> required) {
        CsvFile out = new CsvFile();
        Table table = Csv.read(bytes, TableSpec.of(known.stream().sorted().toList(), required));
        table.errors().forEach(e -> out.error(e.line(), e.column(), e.message()));
        table.rows().forEach(r -> out.rows.add(new Row(r.line(), r.cells())));
        return out;
    }
}
