package no.planverk.forecasting.core.internal.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.planverk.platform.api.Message;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV text as a header (column names stripped, in lower case) and rows of cells by column, each with its line; blank
 * cells are absent. Lines before the header that hold a single cell (SSB's table title) are the title.
 */
record CsvGrid(String title, List<String> header, List<Row> rows) {

    record Row(int line, Map<String, String> cells) {
    }

    static CsvGrid read(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
        String title = null;
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (header == null && record.size() == 1) {
                    title = title == null ? record.get(0) : title;
                    continue;
                }
                if (header == null) {
                    header = record.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
                    continue;
                }
                if (record.size() != header.size()) {
                    throw PopulationSums.invalid(Message.of("forecasting.ssb.csv.cells", "Line {0} has {1} cells, the header {2}",
                            String.valueOf(line), String.valueOf(record.size()), String.valueOf(header.size())));
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    if (!record.get(i).isBlank()) {
                        cells.put(header.get(i), record.get(i).strip());
                    }
                }
                rows.add(new Row(line, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw PopulationSums.invalid(Message.of("forecasting.ssb.csv.invalid", "The file is not valid CSV: {0}", String.valueOf(e.getMessage())));
        }
        if (header == null || rows.isEmpty()) {
            throw PopulationSums.invalid(Message.of("forecasting.ssb.csv.noRows", "The file has no header row and rows"));
        }
        return new CsvGrid(title, header, rows);
    }

    /** The delimiter the first line with more than one cell has most of: semicolon (SSB's), comma or tab. */
    static char delimiter(String text) {
        for (String line : text.split("\\R")) {
            int semi = count(line, ';');
            int comma = count(line, ',');
            int tab = count(line, '\t');
            if (semi + comma + tab > 0 && !(line.strip().startsWith("\"") && line.strip().endsWith("\"") && count(line, '"') == 2)) {
                return semi >= comma && semi >= tab ? ';' : tab > comma ? '\t' : ',';
            }
        }
        return ';';
    }

    private static int count(String line, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }
}
