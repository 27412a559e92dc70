package no.planverk.platform.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.planverk.platform.api.RowError;
import org.junit.jupiter.api.Test;

/** Hostile and ordinary CSV files: every rule of the reader and the writer's formula guard. */
class CsvTest {

    static final TableSpec SPEC = TableSpec.of(List.of("code", "title", "year"), List.of("code", "title"));

    static Table read(String text) {
        return Csv.read(text.getBytes(StandardCharsets.UTF_8), SPEC);
    }

    static String errors(Table t) {
        return t.errors().stream().map(e -> e.line() + " " + e.column() + ": " + e.reason()).collect(Collectors.joining("\n"));
    }

    @Test
    void aBomIsDroppedAndCellsAreStrippedAndUnguarded() {
        Table t = read("\uFEFFCode, Title ,year\nA1, '=1+2 ,\n");
        assertEquals("", errors(t));
        assertEquals(List.of("code", "title", "year"), t.header());
        TableRow r = t.rows().get(0);
        assertEquals(2, r.line());
        assertEquals("A1", r.get("code"));
        assertEquals("=1+2", r.get("title"), "an export's apostrophe is taken off");
        assertNull(r.get("year"), "a blank cell is absent");
        assertTrue(r.blank("year"));
    }

    @Test
    void badUtf8IsRefusedWithTheLineOfTheFirstBadByte() {
        byte[] latin1 = "code,title\nA,ok\nB,Bl\u00e5b\u00e6r\n".getBytes(StandardCharsets.ISO_8859_1);
        Table t = Csv.read(latin1, SPEC);
        assertEquals(List.of(new RowError(3, null, "The file is not UTF-8 (byte 0xE5); save it as UTF-8 (in Excel: \"CSV UTF-8\")")),
                t.errors().stream().map(e -> new RowError(e.line(), e.column(), e.reason())).toList());
        assertEquals("platform.table.notUtf8", t.errors().get(0).message().key());
        byte[] utf16 = "code,title\n".getBytes(StandardCharsets.UTF_16);
        assertTrue(Csv.read(utf16, SPEC).errors().get(0).reason().startsWith("The file is not UTF-8 (byte 0xFE)"));
        assertTrue(Utf8.valid("blåbær".getBytes(StandardCharsets.UTF_8)));
        assertEquals("x", Utf8.decode("\uFEFFx".getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void theDelimiterIsTheOneTheHeaderHasMostOf() {
        assertEquals("A,B|x", cells(read("code;title\nA,B;x\n"), "code", "title"));
        assertEquals("A", cells(read("code,title\nA,x\n"), "code"));
        assertEquals(',', Csv.delimiter("\n\na;b,c,d"), "the first non-blank line, comma wins");
        assertEquals(',', Csv.delimiter("a"), "a tie is a comma");
    }

    private static String cells(Table t, String... columns) {
        assertEquals("", errors(t));
        return String.join("|", List.of(columns).stream().map(c -> t.rows().get(0).get(c)).toList());
    }

    @Test
    void theHeaderIsChecked() {
        assertEquals("1 colour: Unknown column 'colour'; the columns are code,title,year\n"
                + "1 title: The column 'title' is missing (delimiter found: ';')", errors(read("code;colour\nA;x\n")));
        assertEquals("1 code: The column 'code' is named twice", errors(read("code,title,code\nA,b,c\n")));
        // a tab-separated file is refused, as every module's import did before the shared layer (BadInputIT's wrong-delimiter.csv)
        assertEquals("1 code\tyear: Unknown column 'code\tyear'; the columns are code,title,year", errors(read("code\tyear\nA\t1\n")).lines().findFirst().orElse(""));
        TableSpec extra = SPEC.alsoAccepting(c -> c.matches("cost_\\d{4}"), "cost_<year>");
        Table t = Csv.read("code,title,cost_2026,cost_x\nA,b,1,2\n".getBytes(StandardCharsets.UTF_8), extra);
        assertEquals("1 cost_x: Unknown column 'cost_x'; the columns are code,title,year,cost_<year>", errors(t));
        TableSpec norsk = SPEC.withAliases(Map.of("kode", "code", "tittel", "title"));
        assertEquals("A b", Csv.read("Kode;Tittel\nA;b\n".getBytes(StandardCharsets.UTF_8), norsk).rows().stream()
                .map(r -> r.get("code") + " " + r.get("title")).findFirst().orElseThrow());
    }

    @Test
    void emptyFilesAndFilesWithoutRows() {
        assertEquals("1 null: The file is empty; it needs a header row such as code,title,year", errors(read("\uFEFF \n\n")));
        assertEquals("2 null: The file has a header but no rows", errors(read("code,title\n\n")));
        assertEquals("", errors(Csv.read("code,title\n", SPEC.allowingNoRows())));
    }

    @Test
    void aRowOfTheWrongWidthIsAnErrorAndTheOthersAreRead() {
        Table t = read("code,title\nA,b\nB,c,d\n\nC,e\n");
        assertEquals("3 null: The row has 3 cells, the header 2", errors(t));
        assertEquals(List.of(2, 5), t.rows().stream().map(TableRow::line).toList(), "lines of the file, blank lines counted");
    }

    @Test
    void anUnterminatedQuoteIsReportedAtTheLineItStarts() {
        Table t = read("code,title\nB,ok\nA,\"two\nlines\"\nC,\"never closed\nD,x\n");
        assertEquals(1, t.errors().size(), errors(t));
        RowError e = t.errors().get(0);
        assertEquals(5, e.line(), "after the last good record, which ends on line 4");
        assertTrue(e.reason().startsWith("The file is not valid CSV from this line on: "), e.reason());
        assertEquals(List.of(2, 3), t.rows().stream().map(TableRow::line).toList(), "a record over two lines starts on its first");
    }

    @Test
    void tooManyRowsStopAtTheFirstOneTooMany() {
        StringBuilder b = new StringBuilder("code,title\n");
        IntStream.range(0, Tables.MAX_ROWS + 5).forEach(i -> b.append(i).append(",t\n"));
        Table t = read(b.toString());
        assertEquals((Tables.MAX_ROWS + 2) + " null: More than 100000 rows; split the file", errors(t));
        assertEquals(Tables.MAX_ROWS, t.rows().size());
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead() {
        Table t = Csv.read(new byte[Tables.MAX_BYTES + 1], SPEC);
        assertEquals("1 null: The file is larger than 16 MiB", errors(t));
    }

    @Test
    void moreErrorsThanTheLimitEndWithOneSayingSo() {
        StringBuilder b = new StringBuilder("code,title\n");
        IntStream.range(0, Tables.MAX_ERRORS + 10).forEach(i -> b.append("x\n"));
        Table t = read(b.toString());
        assertEquals(Tables.MAX_ERRORS + 1, t.errors().size());
        assertEquals("More errors follow; fix these first", t.errors().get(Tables.MAX_ERRORS).reason());
    }

    @Test
    void exportsGuardFormulaCellsButNotNumbers() {
        List<List<?>> rows = List.of(List.of("=1+2", "+SUM(1;2)", "-2+3", "@SUM(A1:A2)", "\tx", "\rx"),
                java.util.Arrays.asList(-5, "-2.5", "12", "text", "a'b", null));
        String csv = Csv.write(List.of("a", "b", "c", "d", "e", "f"), rows, Csv.Style.PLAIN);
        assertEquals("a,b,c,d,e,f\n'=1+2,'+SUM(1;2),'-2+3,'@SUM(A1:A2),'\tx,\"'\rx\"\n-5,-2.5,12,text,a'b,\n", csv);
        assertTrue(Csv.write(List.of("a"), List.of(), Csv.Style.EXCEL).startsWith("\uFEFFa\r\n"));
        assertEquals("a;b\r\n'@x;\"3;5\"\r\n", Csv.write(List.of("a", "b"), List.of(List.of("@x", "3;5")), Csv.Style.SEMICOLON));
        Table back = Csv.read(csv.getBytes(StandardCharsets.UTF_8),
                TableSpec.of(List.of("a", "b", "c", "d", "e", "f"), List.of()));
        assertEquals("=1+2 +SUM(1;2) -2+3 @SUM(A1:A2)", String.join(" ", List.of("a", "b", "c", "d").stream()
                .map(c -> back.rows().get(0).get(c)).toList()), "an import reads what an export wrote");
    }
}
