package no.planverk.forecasting.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.core.internal.ForecastingMessages;
import no.planverk.forecasting.ui.internal.inputs.InputsView;
import no.planverk.platform.api.RowError;
import no.planverk.platform.testing.Catalogs;
import no.planverk.ui.api.ServerTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import no.planverk.ui.testing.Rendered;

/** In nynorsk, the views and the services' messages in them (refused runs, row errors, a taken name) hold no English. */
class NynorskTest {

    private final ForecastingUi ui = new ForecastingUi();

    @BeforeEach
    void translate() {
        ServerTexts.use(Catalogs.translator(new ForecastingMessages()));
    }

    @AfterEach
    void close() {
        ServerTexts.use(null);
        ui.close();
    }

    private static void noEnglish() {
        String all = Rendered.text() + "\n" + String.join("\n", ForecastingUi.notifications());
        assertEquals(List.of(), Catalogs.englishSentences(all), all);
    }

    @Test
    void aRunTheServiceRefusesIsExplainedInNynorsk() {
        ui.example();
        RunView view = ForecastingUi.open("forecasting", RunView.class);
        view.form.baseYear.setValue(2021);
        view.form.horizon.setValue(2020);
        view.run.click();
        assertEquals("Noko må rettast: Sluttåret 2020 er før basisåret 2021", view.problem.getText());
        noEnglish();
    }

    @Test
    void rowErrorsOfABadFileAndATakenNameAreInNynorsk() {
        ui.example();
        ui.store(InputKind.POPULATION, "folketal", ForecastingUi.POPULATION);
        ForecastingUi.open("forecasting/inputs", InputsView.class);
        String bad = "year,age,population\n2020,0,100\n2020,1,-5\n,2,100\n2020,0,100\n";
        UploadKt._upload(LocatorJ._get(Upload.class), "folketal.csv", bad.getBytes(StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        Grid<RowError> errors = LocatorJ._get(Grid.class, s -> s.withId("planverk-forecasting-upload-errors"));
        assertEquals("Må vere 0 eller meir, ikkje -5", GridKt._getFormatted(errors, 0, "reason"));
        noEnglish();

        // the name the first file gave is taken
        UploadKt._upload(LocatorJ._get(Upload.class), "folketal2.csv", ForecastingUi.POPULATION.getBytes(StandardCharsets.UTF_8));
        LocatorJ._click(LocatorJ._get(com.vaadin.flow.component.button.Button.class,
                s -> s.withText(ForecastTexts.TEXTS.get("upload.save"))));
        assertTrue(ForecastingUi.notifications().stream().anyMatch(n -> n.contains("Det finst alt inndata av typen population med namnet «folketal»")),
                ForecastingUi.notifications().toString());
        noEnglish();
    }

    @Test
    void theSavedRunsAndTheUploadSpeakNynorsk() {
        ui.example();
        ForecastingUi.open("forecasting/runs", RunsView.class);
        noEnglish();
        ForecastingUi.open("forecasting/inputs", InputsView.class);
        assertEquals("Fila er for stor.", LocatorJ._get(Upload.class).getI18n().getError().getFileIsTooBig());
        noEnglish();
    }
}
