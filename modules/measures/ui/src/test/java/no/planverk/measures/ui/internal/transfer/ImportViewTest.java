package no.planverk.measures.ui.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.UploadKt;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.TransferFormat;
import no.planverk.measures.ui.internal.MeasuresUi;
import no.planverk.measures.ui.internal.MeasuresView;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.RowError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Import with preview and the exports, on the real transfer service (no plans module: plans by name). */
class ImportViewTest {

    /** Bergen's measures 86 and 87 (seed 001) and Alver's coordinator post (seed 004), semicolon-separated as Excel writes. */
    static final String GOOD = """
            plan;number;title;units;responsibility;from_year;to_year;cost_2025;funding_2025;goal_text
            Et helt liv med mening, vekst og utvikling;86;Styrke Forvaltningsenhet i ETTU sin koordinerende funksjon;BRG-UH;units;2024;2028;;;
            Et helt liv med mening, vekst og utvikling;87;Etablere en barnebolig med plass for 3 til 5 barn;BRG-UH;units;2024;2028;12 500 000;not-funded;
            Kommunedelplan for helse, sosial og omsorg;3.3.2;Koordinator for frivillig innsats;ALV-KUL;units;2023;2026;650 000;funded;Frivillig sektor er sterk
            """;
    static final String BAD = """
            plan,number,title,units,from_year,to_year,cost_2025,funding_2025
            Planen,1,Godt tiltak,ALVER,2025,2026,100,funded
            Planen,2,,NOPE,tjue,2026,-5,kanskje
            Planen,1,To gonger,ALVER,2025,2026,,
            """;

    private final MeasuresUi ui = new MeasuresUi();

    @AfterEach
    void close() {
        ui.close();
    }

    private static ImportView open() {
        return MeasuresUi.open("measures/import", ImportView.class);
    }

    private long count() {
        return ui.f.measures().list(MeasureQuery.all()).total();
    }

    @Test
    void aBadCsvListsItsErrorsByLineAndSavesNothing() {
        ImportView view = open();
        UploadKt._upload(view.upload, "tiltak.csv", BAD.getBytes(StandardCharsets.UTF_8));

        assertTrue(view.errors.isVisible());
        List<RowError> errors = GridKt._fetch(view.errors, 0, 100);
        assertEquals(List.of(3, 3, 3, 3, 3, 4), errors.stream().map(RowError::line).toList(), "sorted by line");
        assertEquals(List.of("cost_2025", "from_year", "funding_2025", "title", "units", "number"),
                errors.stream().map(RowError::column).toList());
        assertEquals("4", GridKt._getFormatted(view.errors, 5, "line"));
        assertFalse(view.importButton.isEnabled());
        assertEquals("3 rader sjekka. 6 feil: ingenting er lagra. Rett fila og last ho opp på nytt.", view.result.getText());
        view.importButton.click();
        assertEquals(0, count());
    }

    @Test
    void aGoodFileIsPreviewedThenImportedOnce() {
        ImportView view = open();
        UploadKt._upload(view.upload, "tiltak.csv", GOOD.getBytes(StandardCharsets.UTF_8));

        assertTrue(view.file.getText().startsWith("Fil: «tiltak.csv» (CSV,"), view.file.getText());
        assertEquals("Kontroll: 3 rader. 3 nye tiltak, 0 endra.", view.result.getText());
        assertFalse(view.errors.isVisible());
        assertTrue(view.importButton.isEnabled());
        assertEquals(0, count(), "a preview saves nothing");

        view.importButton.click();
        assertEquals("Importert: 3 rader. 3 nye tiltak, 0 endra.", view.result.getText());
        assertFalse(view.importButton.isEnabled(), "one file, one import");
        assertEquals(3, count());
        assertTrue(MeasuresUi.notifications().contains("Importen er lagra: 3 nye og 0 endra tiltak."), MeasuresUi.notifications().toString());
        Measure m87 = ui.f.measures().list(MeasureQuery.all()).items().stream().filter(m -> m.number().equals("87")).findFirst().orElseThrow();
        assertEquals(12_500_000L, m87.totalCost());

        UploadKt._upload(view.upload, "tiltak.csv", GOOD.getBytes(StandardCharsets.UTF_8));
        assertEquals("Kontroll: 3 rader. 0 nye tiltak, 3 endra.", view.result.getText(), "the same file again updates by plan and number");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAndNothingElseHappens() {
        ImportView view = open();
        byte[] latin1 = "plan,number,title\nOmsorgsplan for Bjørnafjorden,1,Tryggleiksalarm til alle\n".getBytes(StandardCharsets.ISO_8859_1);
        UploadKt._upload(view.upload, "bjørnafjorden.csv", latin1);
        assertTrue(view.file.getText().startsWith("Fila «bjørnafjorden.csv» er ikkje lagra som UTF-8"), view.file.getText());
        assertEquals("", view.result.getText());
        assertFalse(view.importButton.isEnabled());
        assertFalse(view.errors.isVisible());
        assertEquals(0, count());
    }

    @Test
    void anXlsxExportComesBackThroughTheViewAsTheSameMeasures() {
        List<Measure> seed = ui.seed();
        ImportView view = open();
        byte[] xlsx = DownloadKt._download(view.export.links.get(TransferFormat.XLSX));
        assertEquals("PK", new String(Arrays.copyOf(xlsx, 2), StandardCharsets.ISO_8859_1), "an XLSX file is a zip");
        Measure m88 = seed.get(2);
        ui.f.measures().delete(m88.id(), m88.version(), MeasuresUi.PLANNER);

        UploadKt._upload(view.upload, "tiltak.xlsx", xlsx);
        assertTrue(view.file.getText().startsWith("Fil: «tiltak.xlsx» (XLSX,"), "picked from the file name: " + view.file.getText());
        assertEquals("Kontroll: 6 rader. 1 nye tiltak, 5 endra.", view.result.getText());
        view.importButton.click();
        assertEquals(6, count());
        Measure back = ui.f.measures().list(MeasureQuery.all()).items().stream().filter(m -> m.number().equals("88")).findFirst().orElseThrow();
        assertEquals(m88.title(), back.title());
        assertEquals(m88.years(), back.years(), "costs and funding per year survive the round trip");
        assertEquals(m88.unitIds(), back.unitIds());
        assertEquals(m88.goalText(), back.goalText());
        assertEquals(m88.fromYear(), back.fromYear());
        assertEquals(m88.toYear(), back.toYear());
    }

    @Test
    void exportsCsvAndJsonAndJsonIsPickedByName() {
        ui.seed();
        ImportView view = open();
        assertEquals(3, view.export.links.size());
        assertEquals("Last ned tiltak.csv", view.export.links.get(TransferFormat.CSV).getText());
        String csv = new String(DownloadKt._download(view.export.links.get(TransferFormat.CSV)), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFplan,number,title"), csv);
        byte[] json = DownloadKt._download(view.export.links.get(TransferFormat.JSON));
        assertArrayEquals(ExportLinks.content(ui.f.transfer(), TransferFormat.JSON), json);

        UploadKt._upload(view.upload, "tiltak.json", json);
        assertTrue(view.file.getText().startsWith("Fil: «tiltak.json» (JSON,"), view.file.getText());
        assertEquals("Kontroll: 6 rader. 0 nye tiltak, 6 endra.", view.result.getText());
        UploadKt._upload(view.upload, "tiltak.xls", json);
        assertTrue(view.file.getText().startsWith("Fila «tiltak.xls» er ikkje i eit format som kan importerast her (CSV, JSON, XLSX)"),
                "old Excel files are sent back to be saved as .xlsx: " + view.file.getText());
        assertFalse(view.importButton.isEnabled());
    }

    @Test
    void aReaderIsSentBackToTheGridAUnitLeaderMayImportOwnUnitsOnly() {
        MeasuresUi.signIn(MeasuresUi.READER);
        UI_navigate("measures/import");
        LocatorJ._assertNone(ImportView.class);
        LocatorJ._get(MeasuresView.class);
        assertTrue(MeasuresUi.notifications().contains("Berre planleggjarar og leiarar for einingar kan importere tiltak."),
                MeasuresUi.notifications().toString());

        MeasuresUi.signIn(MeasuresUi.UH_LEADER);
        ImportView view = open();
        UploadKt._upload(view.upload, "tiltak.csv", GOOD.getBytes(StandardCharsets.UTF_8));
        List<RowError> errors = GridKt._fetch(view.errors, 0, 100);
        assertEquals(List.of(4), errors.stream().map(RowError::line).toList(), "Alver's measure is not Bergen UH's to import");
        assertFalse(view.importButton.isEnabled());
        assertNull(new ImportContribution(ui.f.moduleTransfer(), ui.f.transfer()).menu(), "reached from the measures' nav bar");
        assertEquals(Role.READER, new ImportContribution(ui.f.moduleTransfer(), ui.f.transfer()).requiredRole(), "the view itself sends readers away");
    }

    @Test
    void theNavBarLinksBothViewsToWhoMayUseThem() {
        assertEquals(List.of("Tiltaksliste", "Mine tiltak", "Manglar rapport", "Årsrapport", "Import og eksport"), navLinks(), "a planner");
        MeasuresUi.signIn(MeasuresUi.UH_LEADER);
        assertEquals(List.of("Tiltaksliste", "Mine tiltak", "Årsrapport", "Import og eksport"), navLinks(), "a unit leader imports too");
        MeasuresUi.signIn(MeasuresUi.READER);
        assertEquals(List.of("Tiltaksliste", "Mine tiltak", "Årsrapport"), navLinks(), "a reader reads the report only");
    }

    private static List<String> navLinks() {
        MeasuresUi.open("measures/unit", no.planverk.measures.ui.internal.UnitView.class); // another route: a fresh bar
        MeasuresUi.open("measures", MeasuresView.class);
        return LocatorJ._find(com.vaadin.flow.component.html.Anchor.class).stream()
                .filter(a -> a.getParent().flatMap(com.vaadin.flow.component.Component::getId).orElse("").equals("planverk-measures-nav"))
                .map(com.vaadin.flow.component.html.Anchor::getText).toList();
    }

    private static void UI_navigate(String path) {
        com.vaadin.flow.component.UI.getCurrent().navigate(path);
    }
}
