package no.planverk.measures.ui.internal.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import no.planverk.measures.api.Measure;
import no.planverk.measures.core.internal.MeasuresMessages;
import no.planverk.measures.ui.internal.MeasureNav;
import no.planverk.measures.ui.internal.MeasuresUi;
import no.planverk.measures.ui.internal.MeasuresView;
import no.planverk.measures.ui.internal.MissingView;
import no.planverk.measures.ui.internal.UnitView;
import no.planverk.platform.testing.Catalogs;
import no.planverk.ui.api.ServerTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import no.planverk.ui.testing.Rendered;

/** In nynorsk, the measure views and the services' messages in them (a taken number) hold no English. */
class MeasureNynorskTest {

    private final MeasuresUi ui = new MeasuresUi();

    @BeforeEach
    void translate() {
        ServerTexts.use(Catalogs.translator(new MeasuresMessages()));
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
    void aTakenNumberIsExplainedInNynorsk() {
        ui.seed();
        MeasuresView grid = MeasuresUi.open("measures", MeasuresView.class);
        LocatorJ._get(grid, Button.class, spec -> spec.withText("Nytt tiltak")).click();
        MeasureCreateDialog dialog = LocatorJ._get(MeasureCreateDialog.class);
        dialog.form.planName.setValue(MeasuresUi.UH_PLAN);
        dialog.form.number.setValue("86");
        dialog.form.title.setValue("Eit nytt tiltak");
        dialog.save.click();
        assertEquals("Planen har alt eit tiltak med nummer 86.", dialog.form.number.getErrorMessage());
        noEnglish();
    }

    @Test
    void theListUnitMissingAndMeasurePagesSpeakNynorsk() {
        List<Measure> seeded = ui.seed();
        MeasuresUi.open("measures", MeasuresView.class);
        noEnglish();
        MeasuresUi.open(MeasureNav.UNIT, UnitView.class);
        noEnglish();
        MeasuresUi.open(MeasureNav.MISSING, MissingView.class);
        noEnglish();
        MeasuresUi.open(MeasureNav.MEASURE + "/" + seeded.get(0).id(), MeasureView.class);
        noEnglish();
    }
}
