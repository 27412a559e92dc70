package no.planverk.competence.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.planverk.competence.core.internal.CompetenceMessages;
import no.planverk.competence.ui.internal.measures.MeasuresView;
import no.planverk.competence.ui.internal.recruitment.RecruitmentView;
import no.planverk.competence.ui.internal.sector.SectorView;
import no.planverk.competence.ui.internal.unit.UnitView;
import no.planverk.platform.core.internal.PlatformMessages;
import no.planverk.platform.testing.Catalogs;
import no.planverk.ui.api.ServerTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import no.planverk.ui.testing.Rendered;

/** In nynorsk, the main views hold no English (the import's row errors in {@code transfer.ImportNynorskTest}). */
class NynorskTest {

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
    void theMainViewsSpeakNynorsk() {
        ui.gapExample();
        CompetenceUi.open("competence", SectorView.class);
        noEnglish();
        CompetenceUi.open("competence/unit/" + ui.unit("ALV-HO-INST"), UnitView.class);
        noEnglish();
        CompetenceUi.open("competence/measures", MeasuresView.class);
        noEnglish();
        CompetenceUi.open("competence/recruitment", RecruitmentView.class);
        noEnglish();
    }
}
