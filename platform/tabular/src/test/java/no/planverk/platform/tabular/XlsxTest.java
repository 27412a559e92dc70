package no.planverk.platform.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** XLSX read and write: a round trip, formula-like text stays text, and broken or odd files get clear errors. */
class XlsxTest {

    static final TableSpec SPEC = TableSpec.of(List.of("code", "title", "cost"), List.of("code", "title"));

    static String errors(Table t) {
        return t.errors().stream().map(e -> e.line() + " " + e.column() + ": " + e.reason()).collect(Collectors.joining("\n"));
    }

    @Test
    void whatIsWrittenIsReadBack() throws Exception {
        byte[] file = Xlsx.write("Tiltak", List.of("Code", "title", "cost"),
                List.of(Arrays.asList("A1", "=1+2", 1500), Arrays.asList("A2", "Blåbær", 2.50), Arrays.asList("A3", null, null)));
        Table t = Xlsx.read(file, SPEC);
        assertEquals("", errors(t));
        assertEquals(List.of("code", "title", "cost"), t.header());
        assertEquals(List.of("2 A1 =1+2 1500", "3 A2 Blåbær 2.5", "4 A3 null null"),
                t.rows().stream().map(r -> r.line() + " " + r.get("code") + " " + r.get("title") + " " + r.get("cost")).toList());
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("Tiltak", wb.getFirstSheet().getName());
            assertEquals(CellType.STRING, rows.get(1).getCell(1).getType(), "formula-like text is never a formula");
            assertEquals(CellType.NUMBER, rows.get(1).getCell(2).getType());
        }
    }

    @Test
    void theHeaderIsCheckedAsInCsv() {
        byte[] file = Xlsx.write("s", List.of("code", "colour"), List.of(List.of("A", "x")));
        assertEquals("1 colour: Unknown column 'colour'; the columns are code,title,cost\n1 title: The column 'title' is missing",
                errors(Xlsx.read(file, SPEC)));
    }

    @Test
    void aValueBeyondTheHeaderAndAHeaderWithoutRowsAreErrors() {
        byte[] wide = Xlsx.write("s", List.of("code", "title"), List.of(List.of("A", "b", "c")));
        assertEquals("2 null: The row has a value in column 3, beyond the header's 2 columns", errors(Xlsx.read(wide, SPEC)));
        byte[] headerOnly = Xlsx.write("s", List.of("code", "title"), List.of());
        assertEquals("2 null: The file has a header but no rows", errors(Xlsx.read(headerOnly, SPEC)));
        byte[] empty = Xlsx.write("s", List.of(), List.of());
        assertEquals("1 null: The sheet is empty; it needs a header row such as code,title,cost", errors(Xlsx.read(empty, SPEC)));
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedInPlainWords() {
        String unreadable = "1 null: The file is not a readable XLSX spreadsheet. Save it in Excel as an Excel workbook (.xlsx) or as"
                + " CSV UTF-8 and upload it again";
        assertEquals(unreadable, errors(Xlsx.read("code,title\nA,b\n".getBytes(StandardCharsets.UTF_8), SPEC)));
        byte[] good = Xlsx.write("s", List.of("code", "title"), List.of(List.of("A", "b")));
        assertEquals(unreadable, errors(Xlsx.read(Arrays.copyOf(good, good.length / 2), SPEC)), "truncated");
        assertEquals(unreadable, errors(Xlsx.read(new byte[0], SPEC)));
        assertTrue(Xlsx.read(new byte[Tables.MAX_BYTES + 1], SPEC).errors().get(0).reason().contains("larger than 16 MiB"));
    }
}
