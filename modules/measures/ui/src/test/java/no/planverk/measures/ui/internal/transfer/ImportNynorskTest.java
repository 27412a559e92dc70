package no.planverk.measures.ui.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planverk.measures.core.internal.MeasuresMessages;
import no.planverk.measures.ui.internal.MeasureNav;
import no.planverk.measures.ui.internal.MeasuresUi;
import no.planverk.platform.core.internal.PlatformMessages;
import no.planverk.platform.testing.Catalogs;
import no.planverk.ui.api.ServerTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import no.planverk.ui.testing.Rendered;

/** In nynorsk, the import page, the row errors of a bad file and the annual report page hold no English. */
class ImportNynorskTest {

    private final MeasuresUi ui = new MeasuresUi();

    @BeforeEach
    void translate() {
        // the file errors (platform.table.*) are in the platform's catalog, as in a running Planverk
        ServerTexts.use(Catalogs.translator(new MeasuresMessages(), new PlatformMessages()));
    }

    @AfterEach
    void close() {
        ServerTexts.use(null);
        ui.close();
    }

    private static void noEnglish() {
        String all = Rendered.text() + "\n" + String.join("\n", MeasuresUi.notifications());
        assertEquals(List.of(), Catalogs.englishSentences(all), all);
    }

    @Test
    void rowErrorsOfABadFileAreInNynorsk() {
        ImportView view = MeasuresUi.open(MeasureNav.IMPORT, ImportView.class);
        UploadKt._upload(view.upload, "tiltak.csv", ImportViewTest.BAD.getBytes(StandardCharsets.UTF_8));
        assertTrue(view.errors.isVisible());
        String reasons = String.join("\n", GridKt._fetch(view.errors, 0, 100).stream().map(e -> ServerTexts.of(e.message())).toList());
        assertTrue(reasons.contains("Inga organisasjonseining har koden «NOPE»."), reasons);
        noEnglish();
        assertEquals("Fila er for stor.", view.upload.getI18n().getError().getFileIsTooBig());
    }

    @Test
    void anUnreadableSpreadsheetIsExplainedInNynorsk() {
        ImportView view = MeasuresUi.open(MeasureNav.IMPORT, ImportView.class);
        UploadKt._upload(view.upload, "tiltak.xlsx", "ikkje eit rekneark".getBytes(StandardCharsets.UTF_8));
        noEnglish();
    }

    @Test
    void theAnnualReportPageSpeaksNynorsk() {
        ui.seed();
        MeasuresUi.open(MeasureNav.REPORT, ReportView.class);
        noEnglish();
    }
}
