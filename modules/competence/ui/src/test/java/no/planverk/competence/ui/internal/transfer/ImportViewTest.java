package no.planverk.competence.ui.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planverk.competence.ui.internal.CompetenceUi;
import no.planverk.competence.ui.internal.sector.SectorView;
import no.planverk.platform.api.RowError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Import of an HR export: every row error is listed and nothing is saved; a good file is previewed, then saved. */
class ImportViewTest {

    /** Line 3: an unknown unit; line 4: an unknown category; line 5: 120 % and "kanskje"; line 6: a band backwards. */
    static final String BAD = String.join("\n", "eining;år;stilling;stillingsprosent;alder;mellombels",
            "ALV-HO-HEIM;2025;sjukepleiar;100;55-59;nei",
            "ALV-XX;2025;sjukepleiar;100;40;nei",
            "ALV-HO-HEIM;2025;kokk;100;40;nei",
            "ALV-HO-HEIM;2025;lege;120;40;kanskje",
            "ALV-HO-HEIM;2025;lege;50;59-55;nei");
    static final String GOOD = String.join("\n", "unit,year,category,percent,count,age,temporary,further_education",
            "ALV-HO-HEIM,2025,sjukepleiar,100,3,55-59,nei,demensomsorg",
            "ALV-HO-HEIM,2025,Helsefagarbeidar,\"75,5\",2,30-34,ja,",
            "ALV-HO-INST,2025,sykepleier,80 %,1,67+,fast,");

    private final CompetenceUi ui = new CompetenceUi();

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void aBadFileListsEveryRowErrorAndSavesNothing() {
        ImportView view = CompetenceUi.open("competence/import", ImportView.class);
        UploadKt._upload(view.upload, "bemanning.csv", "text/csv", BAD.getBytes(StandardCharsets.UTF_8));

        assertTrue(view.errors.isVisible());
        List<RowError> errors = GridKt._fetch(view.errors, 0, 100);
        assertEquals(List.of("3 unit", "4 category", "5 percent", "5 temporary", "6 age"),
                errors.stream().map(e -> e.line() + " " + e.column()).toList(), "sorted by line and column");
        assertTrue(errors.get(0).reason().contains("ALV-XX"), errors.get(0).reason());
        assertEquals("3", GridKt._getFormatted(view.errors, 0, "line"));
        assertEquals("5 rader sjekka. 5 feil: ingenting er lagra. Rett fila og last ho opp på nytt.", view.result.getText());
        assertFalse(view.importButton.isEnabled());
        assertEquals(List.of(), ui.f.workforce().years(), "nothing saved");
    }

    @Test
    void aGoodFileIsPreviewedThenImported() {
        ImportView view = CompetenceUi.open("competence/import", ImportView.class);
        UploadKt._upload(view.upload, "bemanning.csv", "text/csv", GOOD.getBytes(StandardCharsets.UTF_8));
        assertFalse(view.errors.isVisible());
        assertTrue(view.result.getText().startsWith("Fila er i orden: 3 rader med 6 stillingar og 5,3 årsverk."), view.result.getText());
        assertEquals(List.of(), ui.f.workforce().years(), "a preview saves nothing");
        assertTrue(view.importButton.isEnabled());

        view.importButton.click();
        assertEquals(List.of(2025), ui.f.workforce().years());
        assertEquals(6, ui.f.workforce().summary(ui.unit("ALV-HO"), 2025).positions());
        assertFalse(view.importButton.isEnabled());
        assertTrue(CompetenceUi.notifications().contains("Importert: 6 stillingar, 5,3 årsverk."),
                CompetenceUi.notifications().toString());
    }

    @Test
    void aFileThatIsNeitherCsvNorXlsxIsRefusedWithoutACall() {
        ImportView view = CompetenceUi.open("competence/import", ImportView.class);
        view.received("bemanning.xls", new byte[] {1, 2, 3});
        // the shared ImportPanel's words for a file of another format
        assertTrue(view.file.getText().startsWith("Fila «bemanning.xls» er ikkje i eit format som kan importerast her (CSV, XLSX)."),
                view.file.getText());
        assertFalse(view.importButton.isEnabled());
    }

    @Test
    void readersAreSentBackToTheOverview() {
        CompetenceUi.signIn(CompetenceUi.READER);
        CompetenceUi.open("competence/import", SectorView.class);
        assertTrue(CompetenceUi.notifications().contains("Berre planleggjarar og einingsleiarar kan importere bemanning."));
    }
}
