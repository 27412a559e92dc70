package no.planverk.platform.tabular;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.planverk.platform.api.Message;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * XLSX spreadsheets with fastexcel: the first sheet is read with its header in its first row, checked against a
 * {@link TableSpec} like CSV; a sheet is written with numbers as numbers and text as text (never a formula).
 */
public final class Xlsx {

    /** The media type of an XLSX file. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Xlsx() {
    }

    public static Table read(byte[] content, TableSpec spec) {
        if (content.length > Tables.MAX_BYTES) {
            return failed(Message.of("platform.table.tooLarge", "The file is larger than {0} MiB", String.valueOf(Tables.MAX_BYTES >> 20)));
        }
        RowErrors errors = new RowErrors();
        List<TableRow> rows = new ArrayList<>();
        List<String> header = null;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getFirstSheet();
            if (sheet == null) {
                return failed(Message.of("platform.table.xlsx.noSheet", "The spreadsheet has no sheet"));
            }
            try (Stream<Row> stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    if (header == null) {
                        List<String> cells = new ArrayList<>();
                        for (int i = 0; i < row.getCellCount(); i++) {
                            cells.add(text(row.getCell(i)));
                        }
                        header = Headers.check(cells, spec, row.getRowNum(), null, errors);
                        if (!errors.isEmpty()) {
                            return new Table(header, List.of(), errors.list());
                        }
                        continue;
                    }
                    if (rows.size() >= Tables.MAX_ROWS) {
                        errors.add(row.getRowNum(), null, Csv.tooMany());
                        return new Table(header, rows, errors.list());
                    }
                    row(row, header, rows, errors);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the reader's own words ("Error reading Zip content from a SeekableByteChannel") help nobody who uploads
            return failed(Message.of("platform.table.xlsx.unreadable", "The file is not a readable XLSX spreadsheet. Save it in Excel"
                    + " as an Excel workbook (.xlsx) or as CSV UTF-8 and upload it again"));
        }
        if (header == null) {
            return failed(Message.of("platform.table.xlsx.empty", "The sheet is empty; it needs a header row such as {0}", spec.listed()));
        }
        if (rows.isEmpty() && spec.rowsRequired() && errors.isEmpty()) {
            errors.add(2, null, Csv.noRows());
        }
        return new Table(header, rows, errors.list());
    }

    private static void row(Row row, List<String> header, List<TableRow> rows, RowErrors errors) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size() && i < row.getCellCount(); i++) {
            Csv.put(cells, header.get(i), text(row.getCell(i)));
        }
        for (int i = header.size(); i < row.getCellCount(); i++) {
            String v = text(row.getCell(i));
            if (v != null && !v.isBlank()) {
                errors.add(row.getRowNum(), null, Message.of("platform.table.xlsx.wide",
                        "The row has a value in column {0}, beyond the header''s {1} columns", String.valueOf(i + 1),
                        String.valueOf(header.size())));
                break;
            }
        }
        if (!cells.isEmpty()) {
            rows.add(new TableRow(row.getRowNum(), cells));
        }
    }

    /** A cell as text: whole numbers without decimals, others without trailing zeros. */
    private static String text(Cell c) {
        if (c == null || c.getType() == CellType.EMPTY) {
            return null;
        }
        if (c.getType() == CellType.NUMBER) {
            BigDecimal n = c.asNumber();
            return n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.stripTrailingZeros().toPlainString();
        }
        return c.getText();
    }

    /**
     * One sheet named {@code sheetName}: the header in bold and frozen, then the rows; a {@link Number} is written as a
     * number, anything else as its text (fastexcel never writes text as a formula), null as an empty cell.
     */
    public static byte[] write(String sheetName, List<String> header, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Planverk", "1.0");
            Worksheet ws = wb.newWorksheet(sheetName);
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
                ws.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<?> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else if (v != null) {
                        ws.value(r + 1, c, v.toString());
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

    private static Table failed(Message message) {
        RowErrors errors = new RowErrors();
        errors.add(1, null, message);
        return new Table(List.of(), List.of(), errors.list());
    }
}
