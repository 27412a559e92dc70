package no.planverk.competence.core.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Workforce spreadsheets (XLSX, first sheet, header in row 1), read and written with fastexcel. */
final class WorkforceXlsx {

    private static final Logger LOG = LoggerFactory.getLogger(WorkforceXlsx.class);

    private static final Set<String> NUMBERS = Set.of(WorkforceColumns.YEAR, WorkforceColumns.PERCENT, WorkforceColumns.COUNT,
            WorkforceColumns.BIRTH_YEAR);

    private WorkforceXlsx() {
    }

    static Cells read(byte[] content) {
        Cells out = new Cells();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getFirstSheet();
            if (sheet == null) {
                out.error(1, null, "competence.import.xlsx.noSheet", "The spreadsheet has no sheet");
                return out;
            }
            List<String> columns = null;
            try (Stream<Row> rows = sheet.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    if (columns == null) {
                        columns = header(row, out);
                        if (out.hasErrors()) {
                            return out;
                        }
                        continue;
                    }
                    if (out.rows.size() >= WorkforceCsv.MAX_ROWS) {
                        out.error(row.getRowNum(), null, "competence.import.tooManyRows", "More than {0} rows; split the file",
                                String.valueOf(WorkforceCsv.MAX_ROWS));
                        return out;
                    }
                    Map<String, String> cells = new HashMap<>();
                    boolean empty = true;
                    for (int i = 0; i < columns.size(); i++) {
                        String v = i < row.getCellCount() ? text(row.getCell(i)) : null;
                        empty &= v == null || v.isBlank();
                        cells.put(columns.get(i), v);
                    }
                    for (int i = columns.size(); i < row.getCellCount(); i++) {
                        String v = text(row.getCell(i));
                        if (v != null && !v.isBlank()) {
                            out.error(row.getRowNum(), null, "competence.import.xlsx.beyondHeader",
                                    "The row has a value in column {0}, beyond the header''s {1} columns", String.valueOf(i + 1),
                                    String.valueOf(columns.size()));
                            break;
                        }
                    }
                    if (!empty) {
                        out.rows.add(new Cells.Row(row.getRowNum(), cells));
                    }
                }
            }
            if (columns == null) {
                out.error(1, null, "competence.import.xlsx.empty", "The sheet is empty; it needs a header row such as {0}",
                        String.join(",", WorkforceColumns.ALL));
            }
        } catch (IOException | RuntimeException e) {
            // the reader's own words ("Error reading Zip content from a SeekableByteChannel") help nobody who uploads
            LOG.debug("An upload is not a readable XLSX file: {}", e.toString());
            out.error(1, null, "competence.import.xlsx.unreadable",
                    "The file is not a readable XLSX spreadsheet. Save it in Excel as an Excel workbook (.xlsx) or as CSV UTF-8 and upload it again");
        }
        return out;
    }

    private static List<String> header(Row row, Cells out) {
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            String h = text(row.getCell(i));
            headers.add(h == null ? "" : h);
        }
        while (!headers.isEmpty() && headers.get(headers.size() - 1).isBlank()) {
            headers.remove(headers.size() - 1);
        }
        return WorkforceColumns.header(headers, out);
    }

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

    static byte[] write(List<String> columns, List<Map<String, String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Planverk", "1.0");
            Worksheet ws = wb.newWorksheet("Bemanning");
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
                    if (NUMBERS.contains(columns.get(c))) {
                        ws.value(r + 1, c, new BigDecimal(v));
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
