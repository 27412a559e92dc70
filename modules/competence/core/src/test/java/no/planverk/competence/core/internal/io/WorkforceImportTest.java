package no.planverk.competence.core.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.FileFormat;
import no.planverk.competence.api.Position;
import no.planverk.competence.api.WorkforceService;
import no.planverk.competence.core.internal.CompetenceFixture;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkforceImportTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    static final UserContext HEIM_LEADER = UserContext.of("einingsleiar", Role.UNIT_LEADER).withUnits("ALV-HO-HEIM");

    final CompetenceFixture f = CompetenceFixture.inMemory();
    final WorkforceService workforce = f.workforce();
    final ModuleTransfer transfer = f.transfer();

    @AfterEach
    void close() {
        f.close();
    }

    ImportSummary preview(FileFormat format, byte[] content, UserContext by) {
        return transfer.preview(file(format, content), by);
    }

    ImportSummary commit(FileFormat format, byte[] content, UserContext by) {
        return transfer.commit(file(format, content), by);
    }

    static ImportFile file(FileFormat format, byte[] content) {
        return new ImportFile(no.planverk.platform.api.transfer.FileFormat.of(format.id()).orElseThrow(), "workforce", content);
    }

    static byte[] csv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    static final byte[] GOOD = csv("unit,year,category,percent,count,age,temporary,further_education",
            "ALV-HO-HEIM,2025,sjukepleiar,100,3,55-59,nei,demensomsorg",
            "ALV-HO-HEIM,2025,Helsefagarbeidar,\"75,5\",2,30-34,ja,",
            "ALV-HO-INST,2025,sykepleier,80 %,1,67+,fast,");

    @Test
    void importsAGoodFileWithNorwegianWordsAndBands() {
        ImportSummary r = commit(FileFormat.CSV, GOOD, PLANNER);
        assertTrue(r.committed(), r.errors().toString());
        assertEquals(3, r.rows());
        assertEquals(6, r.created());
        assertEquals(3 + 1.51 + 0.8, r.figure("fte"), 1e-9);
        assertEquals(List.of("ALV-HO-HEIM 2025", "ALV-HO-INST 2025"), r.notes().stream().map(Message::english).toList());
        List<Position> rows = workforce.positions(f.units().id("ALV-HO"), 2025, PLANNER);
        Position older = rows.stream().filter(p -> p.unitId() == f.units().id("ALV-HO-INST")).findFirst().orElseThrow();
        assertEquals(Category.SJUKEPLEIAR, older.category());
        assertEquals(67, older.ageFrom());
        assertEquals(70, older.ageTo());
        assertTrue(rows.stream().anyMatch(p -> p.temporary() && p.percent() == 75.5 && p.count() == 2));
        assertEquals("import", f.audit().calls().get(0).action());
    }

    @Test
    void listsEveryRowErrorWithLineAndColumnAndSavesNothing() {
        byte[] bad = csv("eining;år;stilling;stillingsprosent;alder;mellombels",
                "ALV-HO-HEIM;2025;sjukepleiar;100;55-59;nei",
                "ALV-XX;2025;sjukepleiar;100;40;nei",
                "ALV-HO-HEIM;2025;kokk;100;40;nei",
                "ALV-HO-HEIM;2025;lege;120;40;kanskje",
                "ALV-HO-HEIM;2025;lege;50;59-55;nei");
        ImportSummary r = commit(FileFormat.CSV, bad, PLANNER);
        assertFalse(r.committed());
        assertEquals("[line 3, unit: No unit has the code (or name) 'ALV-XX']", r.errors().subList(0, 1).toString());
        assertEquals(List.of("3 unit", "4 category", "5 temporary", "5 percent", "6 age"), r.errors().stream().map(e -> e.line() + " "
                + e.column()).toList());
        assertEquals(0, workforce.years().size(), "nothing saved");
        assertTrue(f.audit().calls().isEmpty());
    }

    @Test
    void aBadHeaderNamesTheColumn() {
        ImportSummary r = preview(FileFormat.CSV, csv("unit,year,category,size,age", "ALV-HO,2025,lege,100,40"), PLANNER);
        assertEquals(List.of("size", "percent"), r.errors().stream().map(RowError::column).toList());
    }

    @Test
    void aNewFileReplacesTheRegisterOfItsUnitsAndYearsOnly() {
        commit(FileFormat.CSV, GOOD, PLANNER);
        commit(FileFormat.CSV, csv("unit,year,category,percent,age", "ALV-HO-HEIM,2025,vernepleiar,100,45",
                "ALV-HO-HEIM,2024,vernepleiar,50,44"), PLANNER);
        List<Position> heim = workforce.positions(f.units().id("ALV-HO-HEIM"), 2025, PLANNER);
        assertEquals(List.of(Category.VERNEPLEIAR), heim.stream().map(Position::category).toList());
        assertEquals(1, workforce.positions(f.units().id("ALV-HO-INST"), 2025, PLANNER).size(), "another unit is kept");
        assertEquals(List.of(2025, 2024), workforce.years());
    }

    @Test
    void aUnitLeaderImportsOnlyTheirOwnUnits() {
        ImportSummary r = commit(FileFormat.CSV, GOOD, HEIM_LEADER);
        assertFalse(r.committed());
        assertEquals(List.of(4), r.errors().stream().map(RowError::line).toList());
        assertTrue(commit(FileFormat.CSV, csv("unit,year,category,percent,age", "ALV-HO-HEIM,2025,lege,100,45"), HEIM_LEADER)
                .committed());
    }

    @Test
    void personRowsNeedOneCountAndUniqueEmployeeNumbers() {
        ImportSummary r = preview(FileFormat.CSV, csv("unit,year,category,percent,count,employee_no,name,birth_year",
                "ALV-HO-HEIM,2025,sjukepleiar,100,1,A17,Kari Nordmann,1963",
                "ALV-HO-HEIM,2025,sjukepleiar,100,2,A18,,1970",
                "ALV-HO-HEIM,2025,lege,100,1,A17,Ola,1980"), PLANNER);
        assertEquals(List.of("3 count", "4 employee_no"), r.errors().stream().map(e -> e.line() + " " + e.column()).toList());
    }

    @Test
    void latin1IsRefusedWithAReason() {
        byte[] latin1 = "unit,year,category,percent,age\nALV-HO-HEIM,2025,lærling,100,17".getBytes(StandardCharsets.ISO_8859_1);
        ImportSummary r = preview(FileFormat.CSV, latin1, PLANNER);
        assertTrue(r.errors().get(0).reason().contains("not UTF-8"));
    }

    @Test
    void xlsxExportReadsBackTheSameRows() {
        commit(FileFormat.CSV, GOOD, PLANNER);
        long ho = f.units().id("ALV-HO");
        byte[] xlsx = workforce.export(ho, 2025, FileFormat.XLSX, PLANNER);
        ImportSummary again = preview(FileFormat.XLSX, xlsx, PLANNER);
        assertTrue(again.ok(), again.errors().toString());
        assertEquals(6, again.created());
        assertEquals(5.31, again.figure("fte"), 1e-9);
        byte[] csv = workforce.export(ho, 2025, FileFormat.CSV, PLANNER);
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("ALV-HO-HEIM,2025,helsefagarbeidar,75.5,2,30-34,ja"));
    }

    @Test
    void anHrSpreadsheetWithNorwegianHeadersAndPercentCells() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "HR", "1.0");
        org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Tilsette");
        String[] head = {"Eining", "År", "Stilling", "Stillingsprosent", "Alder", "Mellombels"};
        for (int c = 0; c < head.length; c++) {
            ws.value(0, c, head[c]);
        }
        ws.value(1, 0, "Heimetenester");
        ws.value(1, 1, 2025);
        ws.value(1, 2, "Helsefagarbeider");
        ws.value(1, 3, 0.75);
        ws.value(1, 4, "50-54");
        ws.value(1, 5, "ja");
        ws.value(2, 0, "ALV-HO-HEIM");
        ws.value(2, 1, 2025);
        ws.value(2, 2, "lege");
        ws.value(2, 3, 100);
        ws.value(2, 4, "tretti");
        wb.finish();
        ImportSummary bad = commit(FileFormat.XLSX, out.toByteArray(), PLANNER);
        assertEquals("[line 3, age: An age (57) or age band (55-59 or 67+), not 'tretti']", bad.errors().toString());
        ImportSummary r = preview(FileFormat.XLSX, out.toByteArray(), PLANNER);
        assertFalse(r.ok());
        byte[] fixed = csv("Eining;År;Stilling;Stillingsprosent;Alder;Mellombels", "Heimetenester;2025;Helsefagarbeider;0,75;50-54;ja");
        ImportSummary good = commit(FileFormat.CSV, fixed, PLANNER);
        assertTrue(good.committed(), good.errors().toString());
        Position p = workforce.positions(f.units().id("ALV-HO-HEIM"), 2025, PLANNER).get(0);
        assertEquals(75.0, p.percent(), 1e-9);
        assertEquals(Category.HELSEFAGARBEIDAR, p.category());
        assertTrue(p.temporary());
    }

    @Test
    void theTransferContractNamesItsKindAndFormatsAndAPreviewSavesNothing() {
        assertEquals("competence", transfer.module());
        assertEquals(List.of("workforce"), transfer.kinds());
        assertEquals(java.util.Set.of(no.planverk.platform.api.transfer.FileFormat.CSV, no.planverk.platform.api.transfer.FileFormat.XLSX),
                transfer.importFormats("workforce"));
        ImportSummary p = preview(FileFormat.CSV, GOOD, PLANNER);
        assertTrue(p.ok() && !p.committed());
        assertEquals(List.of(), workforce.years(), "a preview saves nothing");
        assertTrue(f.audit().calls().isEmpty());
    }

    @Test
    void aFileThatIsNotASpreadsheetIsOneClearError() {
        ImportSummary r = preview(FileFormat.XLSX, GOOD, PLANNER);
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).reason().startsWith("The file is not a readable XLSX spreadsheet"), r.errors().get(0).reason());
    }

    @Test
    void aPositionSizeFromAShareIsExportedWithoutBinaryNoise() {
        byte[] csv = "unit,year,category,percent,age\nALV-HO-HEIM,2025,lege,0.333,40\n".getBytes(StandardCharsets.UTF_8);
        ImportSummary done = f.workforce().importData(FileFormat.CSV, csv, PLANNER);
        assertTrue(done.committed(), done.errors().toString());
        long heim = f.units().id("ALV-HO-HEIM");
        String out = new String(f.workforce().export(heim, 2025, FileFormat.CSV, PLANNER), StandardCharsets.UTF_8);
        assertTrue(out.contains("ALV-HO-HEIM,2025,lege,33.3,1,40,nei"), out);
        byte[] xlsx = f.workforce().export(heim, 2025, FileFormat.XLSX, PLANNER);
        ImportSummary back = f.workforce().preview(FileFormat.XLSX, xlsx, PLANNER);
        assertEquals(0.333, back.figure("fte"), 1e-12, "the spreadsheet holds 33.3, not 33.300000000000004");
        assertEquals("992.47", WorkforceTables.number(992.4699999999943));
        assertEquals("75", WorkforceTables.number(75.0));
        assertEquals("62.5", WorkforceTables.number(62.5));
    }
}
