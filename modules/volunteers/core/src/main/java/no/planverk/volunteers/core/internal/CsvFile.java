package no.planverk.volunteers.core.internal;

import no.planverk.platform.api.Message;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.planverk.platform.api.RowError;
import no.planverk.volunteers.api.ImportSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file read into rows of named cells: strict UTF-8 (a BOM is fine), comma or semicolon, a header row. */
final class CsvFile {

    static final int MAX_ROWS = 20_000;
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

    static CsvFile read(byte[] bytes, Set<String> known, Set<String> required) {
        CsvFile out = new CsvFile();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            out.error(1, null, Message.of("volunteers.import.notUtf8", "The file is not UTF-8; save it as ''CSV UTF-8''"));
            return out;
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (text.isBlank()) {
            out.error(1, null, Message.of("volunteers.import.empty", "The file is empty; it needs a header row with {0}",
                    String.join(",", required)));
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
            header.stream().filter(h -> !known.contains(h)).forEach(h -> out.error(1, h, Message.of("volunteers.import.column.unknown",
                    "Unknown column ''{0}''; the columns are {1}", h, String.join(",", known.stream().sorted().toList()))));
            required.stream().filter(r -> !header.contains(r)).forEach(r -> out.error(1, r, Message.of("volunteers.import.column.missing",
                    "The column ''{0}'' is missing (delimiter found: ''{1}'')", r, String.valueOf(delimiter))));
            if (!out.errors.isEmpty()) {
                return out;
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                last = line;
                if (out.rows.size() >= MAX_ROWS) {
                    out.error(line, null, Message.of("volunteers.import.rows", "More than {0} rows; split the file", String.valueOf(MAX_ROWS)));
                    return out;
                }
                if (record.size() != header.size()) {
                    out.error(line, null, Message.of("volunteers.import.cells", "The row has {0} cells, the header {1}",
                            String.valueOf(record.size()), String.valueOf(header.size())));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    if (!record.get(i).isBlank()) {
                        cells.put(header.get(i), record.get(i).strip());
                    }
                }
                out.rows.add(new Row(line, cells));
            }
            if (out.rows.isEmpty() && out.errors.isEmpty()) {
                out.error(2, null, Message.of("volunteers.import.noRows", "The file has a header but no rows"));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // the bad record starts after the last good one (an unterminated quote runs to the end of the file)
            out.error(last + 1, null, Message.of("volunteers.import.csv", "The file is not valid CSV from this line on: {0}",
                    String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage())));
        }
        return out;
    }
}
