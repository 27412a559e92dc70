package no.planverk.measures.core.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planverk.platform.api.Fields;
import no.planverk.platform.api.Message;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Measure CSV files: UTF-8 (a BOM is fine), comma or semicolon, a header row of {@link MeasureColumns}. */
final class CsvMeasures {

    static final int MAX_ROWS = 100_000;

    private CsvMeasures() {
    }

    static Cells read(String content) {
        Cells out = new Cells();
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.isBlank()) {
            out.error(1, null, Message.of("measures.import.empty", "The file is empty; it needs a header row such as {0}",
                    String.join(",", MeasureColumns.FIXED)));
            return out;
        }
        String first = text.lines().findFirst().orElse("");
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        int last = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            last = 1;
            header.stream().filter(h -> !MeasureColumns.known(h)).forEach(h -> out.error(1, h, Message.of("measures.import.column.unknown",
                    "Unknown column ''{0}''; the columns are {1} and cost_<year>, funding_<year>", h, String.join(",", MeasureColumns.FIXED))));
            MeasureColumns.REQUIRED.stream().filter(r -> !header.contains(r)).forEach(r -> out.error(1, r, Message.of("measures.import.column.missing",
                    "The column ''{0}'' is missing (delimiter found: ''{1}'')", r, String.valueOf(delimiter))));
            if (!out.errors.isEmpty()) {
                return out;
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                last = line;
                if (out.rows.size() >= MAX_ROWS) {
                    out.error(line, null, Message.of("measures.import.tooManyRows", "More than {0} rows; split the file", String.valueOf(MAX_ROWS)));
                    return out;
                }
                if (record.size() != header.size()) {
                    out.error(line, null, Message.of("measures.import.row.width", "The row has {0} cells, the header {1}",
                            String.valueOf(record.size()), String.valueOf(header.size())));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String v = record.get(i);
                    cells.put(header.get(i), Fields.unguarded(v));
                }
                out.rows.add(new Cells.Row(line, null, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // the bad record starts after the last good one (an unterminated quote runs to the end of the file)
            out.error(last + 1, null, Message.of("measures.import.csv.invalid", "The file is not valid CSV from this line on: {0}",
                    String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage())));
        }
        return out;
    }

    /** Rows of cells as CSV with a BOM (so Excel reads UTF-8); formula-like cells get a leading apostrophe. */
    static String write(List<String> columns, List<Map<String, String>> rows) {
        StringWriter w = new StringWriter();
        w.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            p.printRecord(columns);
            for (Map<String, String> row : rows) {
                p.printRecord(columns.stream().map(c -> {
                    String v = row.get(c);
                    return Fields.formulaLike(v) && !v.matches("-?\\d+") ? "'" + v : v;
                }).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
