package no.planverk.competence.core.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.Fields;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Workforce CSV: UTF-8 (a BOM is fine), comma or semicolon (whichever the header has more of), a header row. The writer
 * also serves the REST answers as CSV.
 */
public final class WorkforceCsv {

    static final int MAX_ROWS = 100_000;

    private WorkforceCsv() {
    }

    static Cells read(byte[] content) {
        Cells out = new Cells();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            out.error(1, null, "competence.import.notUtf8", "The file is not UTF-8: save it as UTF-8 (in Excel: \"CSV UTF-8\") and try again");
            return out;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            out.error(1, null, "competence.import.empty", "The file is empty; it needs a header row such as {0}",
                    String.join(",", WorkforceColumns.ALL));
            return out;
        }
        String first = text.lines().findFirst().orElse("");
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
        int last = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> columns = null;
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                last = line;
                if (columns == null) {
                    columns = WorkforceColumns.header(record.toList(), out);
                    if (out.hasErrors()) {
                        return out;
                    }
                    continue;
                }
                if (out.rows.size() >= MAX_ROWS) {
                    out.error(line, null, "competence.import.tooManyRows", "More than {0} rows; split the file", String.valueOf(MAX_ROWS));
                    return out;
                }
                if (record.size() != columns.size()) {
                    out.error(line, null, "competence.import.cells", "The row has {0} cells, the header {1}", String.valueOf(record.size()),
                            String.valueOf(columns.size()));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    String v = record.get(i);
                    cells.put(columns.get(i), Fields.unguarded(v));
                }
                out.rows.add(new Cells.Row(line, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // the bad record starts after the last good one (an unterminated quote runs to the end of the file)
            out.error(last + 1, null, "competence.import.invalidCsv", "The file is not valid CSV from this line on: {0}",
                    String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        return out;
    }

    /** Rows as CSV with a BOM (so Excel reads UTF-8); formula-like text gets a leading apostrophe. */
    public static byte[] write(List<String> columns, List<Map<String, String>> rows) {
        StringWriter w = new StringWriter();
        w.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            p.printRecord(columns);
            for (Map<String, String> row : rows) {
                p.printRecord(columns.stream().map(c -> {
                    String v = row.get(c);
                    return Fields.formulaLike(v) && !v.matches("-?[\\d.]+") ? "'" + v : v;
                }).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }
}
