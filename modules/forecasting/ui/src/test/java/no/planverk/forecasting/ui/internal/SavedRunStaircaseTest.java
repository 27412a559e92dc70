package no.planverk.forecasting.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.api.staircase.Staircase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A saved run's section on the activity and mastery staircase: demand per step and category, and services with no step. */
class SavedRunStaircaseTest {

    private final ForecastingUi ui = new ForecastingUi();

    @AfterEach
    void close() {
        ui.close();
    }

    private RunInfo saved() {
        ui.example();
        long population = ui.f.service().inputs(InputKind.POPULATION).get(0).id();
        long users = ui.f.service().inputs(InputKind.SERVICE_USERS).get(0).id();
        return ui.f.service().saveRun("Alver", "", RunSpec.of(population, users), ForecastingUi.PLANNER);
    }

    @Test
    void theSeededStaircasePlacesTheWorkedExamplesServicesOnTheirSteps() {
        RunInfo run = saved();
        SavedRunView view = ForecastingUi.open("forecasting/run/" + run.id(), SavedRunView.class);

        assertEquals("normal", view.steps.scenario.getValue());
        var table = view.steps.table();
        assertEquals(4, table.rows().size(), "two years, two steps");
        assertEquals("2020", table.cell(0, "year"));
        assertEquals("7 Heimetenester og heimesjukepleie", table.cell(0, "step"));
        assertEquals("3 Helsehjelp til heimebuande", table.cell(0, "category"));
        assertEquals("17", table.cell(0, "users"));
        assertEquals("10 Langtidsopphald og heildøgns omsorg", table.cell(1, "step"));
        assertEquals("4 Omsorg og behandling ved alvorleg sjukdom og funksjonssvikt", table.cell(1, "category"));
        assertEquals("27", table.cell(2, "users"), "26.9 home users in 2021");
        assertEquals("28", table.cell(3, "users"));
        assertTrue(view.steps.chart.chart.option().contains("3 Helsehjelp til heimebuande"));
        assertTrue(LocatorJ._find(Paragraph.class, s -> s.withId("planverk-forecasting-staircase-unplaced")).isEmpty());

        view.steps.scenario.setValue("delayed");
        assertEquals("25", view.steps.table().cell(2, "users"), "delayed with k = 0.1: 0.9 · 26.9 + 0.1 · 11.7 = 25.4 home users in 2021");
    }

    @Test
    void aServiceWithNoStepIsNamedAndCountedApart() {
        Staircase seeded = ui.f.staircase().staircase();
        ui.f.staircase().update(seeded.version(), seeded.steps(), Map.of("heimetenester", 5), ForecastingUi.PLANNER);
        RunInfo run = saved();
        SavedRunView view = ForecastingUi.open("forecasting/run/" + run.id(), SavedRunView.class);

        var table = view.steps.table();
        assertEquals("5 Praktisk bistand, heimehjelp og støttekontakt", table.cell(0, "step"));
        assertEquals("Utan trinn", table.cell(1, "step"));
        assertEquals("15", table.cell(1, "users"));
        Paragraph note = LocatorJ._get(Paragraph.class, s -> s.withId("planverk-forecasting-staircase-unplaced"));
        assertTrue(note.getText().startsWith("Tenester utan trinn: heildøgns omsorg."));
        assertFalse(view.steps.csv.getHref().isEmpty());
    }
}
