package no.planverk.forecasting.core.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planverk.platform.api.Fields;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with exactly the given columns (any order, any case): UTF-8 with or without a BOM, comma or
 * semicolon (whichever the header has more of). Rows go to the handler with their line; errors to {@link Errors}.
 */
final class CsvTable {
    static final int MAX_ROWS = 200_000;

    interface RowHandler {
        void row(int line, Map<String, String> cells);
    }

    private CsvTable() {
    }

    static void read(byte[] content, List<String> columns, Errors errors, RowHandler handler) {
        String text = decode(content, errors);
        if (text == null) {
            return;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            errors.add(1, null, "forecasting.csv.empty", "The file is empty; it needs the header row {0}", String.join(",", columns));
            return;
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        int[] lineStarts = lineStarts(text);
        int last = 1; // the line of the last good record (the header first)
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!header(header, columns, delimiter, errors)) {
                return;
            }
            int rows = 0;
            for (CSVRecord record : parser) {
                int line = line(lineStarts, record.getCharacterPosition());
                last = line;
                if (++rows > MAX_ROWS) {
                    errors.add(line, null, "forecasting.csv.tooManyRows", "More than {0} rows; split the file", String.valueOf(MAX_ROWS));
                    return;
                }
                if (record.size() != header.size()) {
                    errors.add(line, null, "forecasting.csv.cells", "The row has {0} cells, the header {1}",
                            String.valueOf(record.size()), String.valueOf(header.size()));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), Fields.unguarded(record.get(i)));
                }
                handler.row(line, cells);
            }
            if (rows == 0) {
                errors.add(2, null, "forecasting.csv.noRows", "The file has a header but no rows");
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // the bad record starts after the last good one (an unterminated quote runs to the end of the file)
            errors.add(last + 1, null, "forecasting.csv.invalid", "The file is not valid CSV from this line on: {0}",
                    String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
    }

    private static boolean header(List<String> header, List<String> columns, char delimiter, Errors errors) {
        for (String h : header) {
            if (!columns.contains(h)) {
                errors.add(1, h, "forecasting.csv.column.unknown", "Unknown column ''{0}''; the columns are {1}", h,
                        String.join(",", columns));
            }
        }
        for (String c : columns) {
            if (!header.contains(c)) {
                errors.add(1, c, "forecasting.csv.column.missing", "The column ''{0}'' is missing (delimiter found: ''{1}'')", c,
                        String.valueOf(delimiter));
            }
        }
        if (header.size() != header.stream().distinct().count()) {
            errors.add(1, null, "forecasting.csv.column.twice", "A column is named twice");
        }
        return errors.isEmpty();
    }

    /** Strict UTF-8: a Latin-1 or Windows file is refused at the line of its first bad byte. */
    private static String decode(byte[] content, Errors errors) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (MalformedInputException e) {
            int offset = firstBadByte(content);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += content[i] == '\n' ? 1 : 0;
            }
            errors.add(line, null, "forecasting.csv.notUtf8.byte", "The file is not UTF-8 (byte 0x{0}); save it as UTF-8",
                    String.format("%02X", content[offset] & 0xFF));
            return null;
        } catch (CharacterCodingException e) {
            errors.add(1, null, "forecasting.csv.notUtf8", "The file is not UTF-8; save it as UTF-8");
            return null;
        }
    }

    private static int firstBadByte(byte[] content) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(content);
        var out = java.nio.CharBuffer.allocate(content.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), content.length - 1);
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

    /** The 1-based line holding the character at {@code position}. */
    private static int line(int[] lineStarts, long position) {
        int i = java.util.Arrays.binarySearch(lineStarts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
