package no.planverk.forecasting.ui.internal.staircase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.planverk.forecasting.ui.internal.ForecastingUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The staircase page: the seeded steps read by everyone, changed and saved by planners. */
class StaircaseViewTest {

    private final ForecastingUi ui = new ForecastingUi();

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void aPlannerRenamesAStepPlacesAServiceAndSaves() {
        StaircaseView view = ForecastingUi.open("forecasting/staircase", StaircaseView.class);
        assertEquals(10, view.steps.size());
        assertEquals("Friskliv, læring og meistring", view.steps.get(3).name().getValue());
        assertEquals(2, view.steps.get(3).category().getValue());

        view.steps.get(3).name().setValue("Frisklivssentralen");
        view.addService.click();
        StaircaseView.ServiceRow row = view.services.get(view.services.size() - 1);
        row.service().setValue("Kvardagsrehabilitering");
        row.step().setValue(7);
        view.save.click();

        var saved = ui.f.staircase().staircase();
        assertTrue(saved.version() > 0);
        assertEquals("Frisklivssentralen", saved.step(4).orElseThrow().name());
        assertEquals("Heimetenester og heimesjukepleie", saved.step(7).orElseThrow().name(), "unchanged seeded names stay");
        assertEquals(7, saved.stepOf("kvardagsrehabilitering").orElseThrow().number());
        assertEquals(java.util.List.of("Trappa er lagra."), ForecastingUi.notifications());
    }

    @Test
    void aLongStepNameShowsItsLimitAndIsRefusedNeverCut() {
        StaircaseView view = ForecastingUi.open("forecasting/staircase", StaircaseView.class);
        String name = "s".repeat(201);
        view.steps.get(3).name().setValue(name);
        assertEquals(name, view.steps.get(3).name().getValue(), "kept as typed, not cut by a maxlength");
        assertTrue(view.steps.get(3).name().isInvalid());
        assertTrue(view.steps.get(3).name().getHelperText().endsWith("201 / 200 teikn"), view.steps.get(3).name().getHelperText());
        view.save.click();
        assertEquals("Friskliv, læring og meistring", ui.f.staircase().staircase().step(4).orElseThrow().name(), "nothing saved");
    }

    @Test
    void aReaderOnlyReads() {
        ForecastingUi.signIn(ForecastingUi.READER);
        StaircaseView view = ForecastingUi.open("forecasting/staircase", StaircaseView.class);
        assertFalse(view.save.getParent().orElseThrow().isVisible());
        assertTrue(view.steps.get(0).name().isReadOnly());
    }
}
