package no.planverk.measures.core.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.planverk.platform.api.Message;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Measure spreadsheets (XLSX, first sheet, header in row 1), read and written with fastexcel. */
final class XlsxMeasures {

    private XlsxMeasures() {
    }

    static Cells read(byte[] content) {
        Cells out = new Cells();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Optional<Sheet> sheet = wb.getFirstSheet() == null ? Optional.empty() : Optional.of(wb.getFirstSheet());
            if (sheet.isEmpty()) {
                out.error(1, null, Message.of("measures.import.xlsx.noSheet", "The spreadsheet has no sheet"));
                return out;
            }
            List<String> header = null;
            try (Stream<Row> rows = sheet.get().openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    if (header == null) {
                        header = header(out, row);
                        if (!out.errors.isEmpty()) {
                            return out;
                        }
                        continue;
                    }
                    if (out.rows.size() >= CsvMeasures.MAX_ROWS) {
                        out.error(row.getRowNum(), null, Message.of("measures.import.tooManyRows", "More than {0} rows; split the file",
                                String.valueOf(CsvMeasures.MAX_ROWS)));
                        return out;
                    }
                    Map<String, String> cells = new HashMap<>();
                    boolean empty = true;
                    for (int i = 0; i < header.size(); i++) {
                        String v = i < row.getCellCount() ? text(row.getCell(i)) : null;
                        empty &= v == null || v.isBlank();
                        cells.put(header.get(i), v);
                    }
                    for (int i = header.size(); i < row.getCellCount(); i++) {
                        String v = text(row.getCell(i));
                        if (v != null && !v.isBlank()) {
                            out.error(row.getRowNum(), null, Message.of("measures.import.xlsx.wide",
                                    "The row has a value in column {0}, beyond the header''s {1} columns", String.valueOf(i + 1),
                                    String.valueOf(header.size())));
                            break;
                        }
                    }
                    if (!empty) {
                        out.rows.add(new Cells.Row(row.getRowNum(), null, cells));
                    }
                }
            }
            if (header == null) {
                out.error(1, null, Message.of("measures.import.xlsx.empty", "The sheet is empty; it needs a header row such as {0}",
                        String.join(",", MeasureColumns.FIXED)));
            }
        } catch (IOException | RuntimeException e) {
            out.error(1, null, Message.of("measures.import.xlsx.unreadable",
                    "The file is not a readable XLSX spreadsheet: save it again from Excel as .xlsx, or send CSV"));
        }
        return out;
    }

    private static List<String> header(Cells out, Row row) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            String h = text(row.getCell(i));
            header.add(h == null ? "" : h.strip().toLowerCase(Locale.ROOT));
        }
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
        }
        header.stream().filter(h -> !MeasureColumns.known(h)).forEach(h -> out.error(1, h, Message.of("measures.import.column.unknown",
                "Unknown column ''{0}''; the columns are {1} and cost_<year>, funding_<year>", h, String.join(",", MeasureColumns.FIXED))));
        MeasureColumns.REQUIRED.stream().filter(r -> !header.contains(r)).forEach(r -> out.error(1, r, Message.of("measures.import.xlsx.column.missing", "The column ''{0}'' is missing", r)));
        return header;
    }

    private static String text(Cell c) {
        if (c == null || c.getType() == CellType.EMPTY) {
            return null;
        }
        if (c.getType() == CellType.NUMBER) {
            BigDecimal n = c.asNumber();
            return n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.toPlainString();
        }
        return c.getText();
    }

    static byte[] write(List<String> columns, List<Map<String, String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Planverk", "1.0");
            Worksheet ws = wb.newWorksheet("Tiltak");
            for (int c = 0; c < columns.size(); c++) {
                ws.value(0, c, columns.get(c));
                ws.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    String v = rows.get(r).get(columns.get(c));
                    if (v == null) {
                        continue;
                    }
                    if (columns.get(c).startsWith("cost_") || columns.get(c).endsWith("_year")) {
                        ws.value(r + 1, c, Long.parseLong(v));
                    } else {
                        ws.value(r + 1, c, v);
                    }
                }
            }
            ws.freezePane(0, 1);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
