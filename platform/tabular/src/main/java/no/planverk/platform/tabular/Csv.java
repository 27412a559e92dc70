package no.planverk.platform.tabular;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planverk.platform.api.Message;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV files: read as strict UTF-8 (a BOM is fine), the delimiter the first line has most of (semicolon, comma or tab;
 * comma on a tie), a header row checked against a {@link TableSpec}, at most {@link Tables#MAX_ROWS} rows; written with
 * the formula guard.
 */
public final class Csv {

    /**
     * How an export writes: with a BOM and CRLF for Excel; plain (no BOM, LF); or with semicolons and CRLF, as a
     * Norwegian Excel opens with a double click (decimal commas in the cells then stay in one cell).
     */
    public enum Style {
        EXCEL("\uFEFF", "\r\n", ','), PLAIN("", "\n", ','), SEMICOLON("", "\r\n", ';');

        final String start;
        final String lineEnd;
        final char delimiter;

        Style(String start, String lineEnd, char delimiter) {
            this.start = start;
            this.lineEnd = lineEnd;
            this.delimiter = delimiter;
        }
    }

    private static final char[] DELIMITERS = {',', ';'};

    private Csv() {
    }

    /** Reads an uploaded file. */
    public static Table read(byte[] bytes, TableSpec spec) {
        if (bytes.length > Tables.MAX_BYTES) {
            return failed(1, Message.of("platform.table.tooLarge", "The file is larger than {0} MiB", String.valueOf(Tables.MAX_BYTES >> 20)));
        }
        Utf8.Decoded d = Utf8.decode(bytes);
        if (!d.ok()) {
            RowErrors errors = new RowErrors();
            errors.add(d.error());
            return new Table(List.of(), List.of(), errors.list());
        }
        return read(d.text(), spec);
    }

    /** Reads text (e.g. CSV sent inside JSON); a leading BOM is dropped. */
    public static Table read(String content, TableSpec spec) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.isBlank()) {
            return failed(1, Message.of("platform.table.empty", "The file is empty; it needs a header row such as {0}", spec.listed()));
        }
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
        RowErrors errors = new RowErrors();
        List<TableRow> rows = new ArrayList<>();
        List<String> header = null;
        int[] starts = lineStarts(text);
        int last = 0; // the line the last good record ends on
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int line = line(starts, start(text, record.getCharacterPosition()));
                last = line + newlines(record);
                if (header == null) {
                    header = Headers.check(record.toList(), spec, line, String.valueOf(delimiter), errors);
                    if (!errors.isEmpty()) {
                        return new Table(header, List.of(), errors.list());
                    }
                    continue;
                }
                if (rows.size() >= Tables.MAX_ROWS) {
                    errors.add(line, null, tooMany());
                    return new Table(header, rows, errors.list());
                }
                if (record.size() != header.size()) {
                    errors.add(line, null, Message.of("platform.table.cells", "The row has {0} cells, the header {1}",
                            String.valueOf(record.size()), String.valueOf(header.size())));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    put(cells, header.get(i), record.get(i));
                }
                rows.add(new TableRow(line, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // the bad record starts after the last good one (an unterminated quote runs to the end of the file)
            errors.add(last + 1, null, invalid(String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage())));
            return new Table(header == null ? List.of() : header, rows, errors.list());
        }
        if (rows.isEmpty() && spec.rowsRequired() && errors.isEmpty()) {
            errors.add(last + 1, null, noRows());
        }
        return new Table(header, rows, errors.list());
    }

    /** A header and rows as CSV text, every cell through the formula guard. */
    public static String write(List<String> header, List<? extends List<?>> rows, Style style) {
        StringWriter out = new StringWriter();
        out.write(style.start);
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(style.delimiter).setRecordSeparator(style.lineEnd).get())) {
            p.printRecord(header);
            for (List<?> row : rows) {
                p.printRecord(row.stream().map(Formulas::guard).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** As {@link #write(List, List, Style)}, in UTF-8 bytes. */
    public static byte[] bytes(List<String> header, List<? extends List<?>> rows, Style style) {
        return write(header, rows, style).getBytes(StandardCharsets.UTF_8);
    }

    /** Rows of cells by column name as CSV: the cells of {@code columns}, in that order. */
    public static String writeMaps(List<String> columns, List<? extends Map<String, ?>> rows, Style style) {
        return write(columns, rows.stream().map(r -> columns.stream().map(c -> (Object) r.get(c)).toList()).toList(), style);
    }

    static void put(Map<String, String> cells, String column, String raw) {
        if (raw != null && !raw.isBlank()) {
            cells.put(column, Formulas.unguard(raw.strip()));
        }
    }

    static Message tooMany() {
        return Message.of("platform.table.tooManyRows", "More than {0} rows; split the file", String.valueOf(Tables.MAX_ROWS));
    }

    static Message noRows() {
        return Message.of("platform.table.noRows", "The file has a header but no rows");
    }

    /** The delimiter the first non-blank line has most of; comma on a tie. */
    static char delimiter(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char best = ',';
        long most = -1;
        for (char c : DELIMITERS) {
            long n = first.chars().filter(ch -> ch == c).count();
            if (n > most) {
                best = c;
                most = n;
            }
        }
        return best;
    }

    private static Table failed(int line, Message message) {
        RowErrors errors = new RowErrors();
        errors.add(line, null, message);
        return new Table(List.of(), List.of(), errors.list());
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Where a record starts: its position is that of the blank lines before it, when there are any. */
    private static long start(String text, long position) {
        int p = (int) position;
        while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
            p++;
        }
        return p;
    }

    /** The line breaks inside the quoted cells of a record: it ends that many lines after it starts. */
    private static int newlines(CSVRecord record) {
        return (int) record.stream().mapToLong(v -> v.chars().filter(c -> c == '\n').count()).sum();
    }

    /** The 1-based line holding the character at {@code position}. */
    private static int line(int[] starts, long position) {
        int i = Arrays.binarySearch(starts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
    /**
     * Why the parser stopped, in words the user reads in their language: the two quote mistakes people make have texts of
     * their own; anything else keeps the parser's words (Commons CSV's own text is English).
     */
    static Message invalid(String parser) {
        if (parser.contains("EOF reached before encapsulated token finished")) {
            return Message.of("platform.table.csv.unclosedQuote",
                    "The file is not valid CSV from this line on: a field opens with a quote (\") that is never closed.");
        }
        if (parser.contains("Invalid character between encapsulated token and delimiter")) {
            return Message.of("platform.table.csv.afterQuote", "The file is not valid CSV from this line on: a quoted field has more "
                    + "text after its closing quote (\"). Quote the whole field and write \"\" for a quote inside it.");
        }
        return Message.of("platform.table.csv.invalid", "The file is not valid CSV from this line on: {0}", parser);
    }

}
