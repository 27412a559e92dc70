package no.planverk.measures.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planverk.measures.api.Funding;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureTransferService;
import no.planverk.measures.api.TransferFormat;
import no.planverk.measures.api.YearAmount;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MeasureTransferTest {

    static final UserContext PLANNER = MeasureServiceImplTest.PLANNER;
    /** Bergen's measures 86 and 87 (seed 001) and Alver's coordinator post (seed 004), semicolon-separated as Excel writes. */
    static final String CSV = """
            plan;number;title;units;responsibility;from_year;to_year;cost_2025;funding_2025;goal_text
            Et helt liv;86;Styrke Forvaltningsenhet i ETTU sin koordinerende funksjon;BRG-UH;units;2024;2028;;;
            Et helt liv;87;Etablere en barnebolig med plass for 3 til 5 barn;BRG-UH;units;2024;2028;12 500 000;not-funded;
            KDP HSO;3.3.2;Koordinator for frivillig innsats;ALV-KUL|ALV-HO;units;2023;2026;650000;funded;Frivillig sektor er sterk
            """;

    final MeasuresFixture f = MeasuresFixture.inMemory();
    final MeasureTransferService transfer = f.transfer();

    @AfterEach
    void close() {
        f.close();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void previewSavesNothingAndImportSavesAll() {
        ImportSummary preview = transfer.preview(TransferFormat.CSV, utf8(CSV), PLANNER);
        assertTrue(preview.ok(), preview.errors().toString());
        assertEquals(3, preview.created());
        assertFalse(preview.committed());
        assertEquals(0, f.measures().list(MeasureQuery.all()).total());
        ImportSummary done = transfer.importData(TransferFormat.CSV, utf8(CSV), PLANNER);
        assertTrue(done.committed());
        Measure m87 = f.measures().list(MeasureQuery.all()).items().stream().filter(m -> m.number().equals("87")).findFirst().orElseThrow();
        assertEquals(List.of(new YearAmount(2025, 12_500_000L, Funding.NOT_FUNDED)), m87.years());
        assertEquals(List.of(f.units().id("BRG-UH")), m87.unitIds());
        ImportSummary again = transfer.importData(TransferFormat.CSV, utf8(CSV), PLANNER);
        assertEquals(0, again.created());
        assertEquals(3, again.updated(), "the same file again updates by plan and number");
        assertEquals(3, f.measures().list(MeasureQuery.all()).total());
    }

    @Test
    void aBadFileListsEveryErrorAndChangesNothing() {
        String bad = """
                plan,number,title,units,from_year,cost_2025,funding_2025,colour
                P,1,Ok,ALVER,2025,100,funded,x
                """;
        ImportSummary s = transfer.importData(TransferFormat.CSV, utf8(bad), PLANNER);
        assertEquals(List.of(new RowError(1, "colour", s.errors().get(0).message())), s.errors());
        String rows = """
                plan,number,title,units,from_year,to_year,cost_2025,funding_2025
                P,1,Ok,ALVER,2025,2026,100,funded
                P,2,,NOPE,twenty,2026,-5,maybe
                P,1,Twice,ALVER,2025,2026,,
                """;
        s = transfer.importData(TransferFormat.CSV, utf8(rows), PLANNER);
        assertEquals(List.of("3:units", "3:from_year", "3:cost_2025", "3:funding_2025", "3:title", "4:number"),
                s.errors().stream().map(e -> e.line() + ":" + e.column()).toList());
        assertFalse(s.committed());
        assertEquals(0, f.measures().list(MeasureQuery.all()).total(), "row 2 was fine, but nothing is saved");
    }

    @Test
    void refusesFilesThatAreNotUtf8OrNotTheFormat() {
        byte[] latin1 = "plan,number,title\nP,1,Bj\u00f8rn\n".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(transfer.preview(TransferFormat.CSV, latin1, PLANNER).errors().get(0).reason().contains("not UTF-8"));
        assertTrue(transfer.preview(TransferFormat.JSON, utf8("{\"measures\": 1}"), PLANNER).errors().get(0).reason().contains("format"));
        assertTrue(transfer.preview(TransferFormat.XLSX, utf8(CSV), PLANNER).errors().get(0).reason().contains("not a readable XLSX"));
        assertTrue(transfer.preview(TransferFormat.CSV, utf8(""), PLANNER).errors().get(0).reason().contains("empty"));
        assertThrows(AccessDeniedException.class, () -> transfer.preview(TransferFormat.CSV, utf8(CSV), UserContext.of("lesar", Role.READER)));
    }

    @Test
    void everyFormatReadsBackWhatItExported() {
        transfer.importData(TransferFormat.CSV, utf8(CSV), PLANNER);
        List<Measure> before = f.measures().list(MeasureQuery.all()).items();
        for (TransferFormat format : TransferFormat.values()) {
            byte[] file = transfer.export(MeasureQuery.all(), format);
            try (MeasuresFixture other = MeasuresFixture.inMemory()) {
                ImportSummary s = other.transfer().importData(format, file, PLANNER);
                assertTrue(s.committed(), format + ": " + s.errors());
                List<Measure> after = other.measures().list(MeasureQuery.all()).items();
                assertEquals(before.stream().map(MeasureTransferTest::content).toList(), after.stream().map(MeasureTransferTest::content)
                        .toList(), format.id());
            }
        }
    }

    /** What a file carries (not ids, versions or reports). */
    static String content(Measure m) {
        return String.join("/", m.planName(), m.number(), m.title(), String.valueOf(m.goalText()), m.unitIds().toString(),
                m.fromYear() + "-" + m.toYear(), m.years().toString(), m.responsibility().id(), m.ownership().id());
    }

    @Test
    void unitLeadersImportOnlyTheirOwnUnitsMeasures() {
        UserContext ho = MeasureServiceImplTest.HO_LEADER;
        ImportSummary s = transfer.preview(TransferFormat.CSV, utf8(CSV), ho);
        assertEquals(List.of(2, 3), s.errors().stream().map(RowError::line).toList());
        assertTrue(s.errors().get(0).reason().contains("unit leaders import the measures of their own units"));
    }

    @Test
    void withThePlansModulePlansAreNamedByCodeAndGoalsByCode() {
        f.directory(new MemoryPlans());
        String csv = """
                plan,number,title,goals,units
                ALV-KDP-HSO,3.3.2,Koordinator,3.3|1002,ALV-HO
                ALV-KDP-HSO,3.3.3,Kontaktperson,9.9,ALV-HO
                NOPE,1,X,,ALV-HO
                """;
        ImportSummary s = transfer.preview(TransferFormat.CSV, utf8(csv), PLANNER);
        assertEquals(List.of("3:goals", "4:plan"), s.errors().stream().map(e -> e.line() + ":" + e.column()).toList());
        transfer.importData(TransferFormat.CSV, utf8(csv.lines().limit(2).reduce("", (a, b) -> a + b + "\n")), PLANNER);
        Measure m = f.measures().list(MeasureQuery.all()).items().get(0);
        assertEquals(100L, m.planId());
        assertEquals(List.of(1001L, 1002L), m.goalIds());
    }
}
