package no.planverk.competence.ui.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planverk.competence.core.internal.CompetenceMessages;
import no.planverk.competence.ui.internal.CompetenceUi;
import no.planverk.platform.core.internal.PlatformMessages;
import no.planverk.platform.testing.Catalogs;
import no.planverk.ui.api.ServerTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import no.planverk.ui.testing.Rendered;

/** In nynorsk, the services' messages on the import page (row errors, a file that is no XLSX) hold no English. */
class ImportNynorskTest {

    private final CompetenceUi ui = new CompetenceUi();

    @BeforeEach
    void translate() {
        // the file errors (platform.table.*) are in the platform's catalog, as in a running Planverk
        ServerTexts.use(Catalogs.translator(new CompetenceMessages(), new PlatformMessages()));
    }

    @AfterEach
    void close() {
        ServerTexts.use(null);
        ui.close();
    }

    private static void noEnglish() {
        String all = Rendered.text() + "\n" + String.join("\n", CompetenceUi.notifications());
        assertEquals(List.of(), Catalogs.englishSentences(all), all);
    }

    @Test
    void theImportsRowErrorsAreInNynorsk() {
        ImportView view = CompetenceUi.open("competence/import", ImportView.class);
        UploadKt._upload(view.upload, "bemanning.csv", "text/csv", ImportViewTest.BAD.getBytes(StandardCharsets.UTF_8));
        assertEquals("Inga eining har koden (eller namnet) «ALV-XX»", GridKt._getFormatted(view.errors, 0, "reason"));
        assertEquals("Stillingsstorleiken i prosent av heil stilling, over 0 og høgst 100", GridKt._getFormatted(view.errors, 2, "reason"));
        assertEquals("Fila er for stor.", view.upload.getI18n().getError().getFileIsTooBig());
        noEnglish();
    }

    @Test
    void aFileThatIsNoSpreadsheetIsExplainedInNynorsk() {
        ImportView view = CompetenceUi.open("competence/import", ImportView.class);
        UploadKt._upload(view.upload, "bemanning.xlsx", ImportView.XLSX_TYPE, "ikkje eit rekneark".getBytes(StandardCharsets.UTF_8));
        String reason = GridKt._getFormatted(view.errors, 0, "reason");
        assertEquals("Fila er ikkje eit XLSX-rekneark som kan lesast. Lagre ho i Excel som Excel-arbeidsbok (.xlsx) eller som CSV UTF-8"
                + " og last ho opp på nytt", reason);
        assertFalse(Rendered.text().contains("SeekableByteChannel"));
        noEnglish();
    }
}
