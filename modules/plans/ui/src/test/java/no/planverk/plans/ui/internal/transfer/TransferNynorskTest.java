package no.planverk.plans.ui.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planverk.plans.core.internal.PlansMessages;
import no.planverk.plans.ui.internal.PlansUi;
import no.planverk.platform.testing.Catalogs;
import no.planverk.ui.api.ServerTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import no.planverk.ui.testing.Rendered;

/** In nynorsk, the import page and the row errors of a bad file hold no English. */
class TransferNynorskTest {

    static final String BAD = """
            code,type,title,unit,period_from,period_to,status
            OK1,temaplan,Fin plan,BRG-BEHO,2020,2024,in-force
            BAD1,roadmap,Plan,BRG-BEHO,2020,2024,
            BAD2,temaplan,Plan,NOPE,twenty,2024,vedteken
            OK1,temaplan,Same kode,BRG-BEHO,2020,2030,in-force
            """;

    private final PlansUi ui = new PlansUi();

    @BeforeEach
    void translate() {
        ServerTexts.use(Catalogs.translator(new PlansMessages()));
    }

    @AfterEach
    void close() {
        ServerTexts.use(null);
        ui.close();
    }

    private static void noEnglish() {
        String all = Rendered.text() + "\n" + String.join("\n", PlansUi.notifications());
        assertEquals(List.of(), Catalogs.englishSentences(all), all);
    }

    @Test
    void rowErrorsOfABadFileAreInNynorsk() {
        TransferView view = PlansUi.open("plans/import", TransferView.class);
        UploadKt._upload(view.upload, "planar.csv", BAD.getBytes(StandardCharsets.UTF_8));
        assertTrue(view.errors.isVisible());
        String reasons = String.join("\n", GridKt._fetch(view.errors, 0, 100).stream().map(e -> ServerTexts.of(e.message())).toList());
        assertTrue(reasons.contains("Ukjend plantype «roadmap»"), reasons);
        assertTrue(reasons.contains("Plankoden «OK1» står to gonger i fila."), reasons);
        noEnglish();
        assertEquals("Fila er for stor.", view.upload.getI18n().getError().getFileIsTooBig());
    }
}
