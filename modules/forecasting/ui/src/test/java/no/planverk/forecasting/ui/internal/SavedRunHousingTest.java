package no.planverk.forecasting.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.api.staircase.Staircase;
import no.planverk.forecasting.ui.internal.result.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A saved run's housing staircase names the step of the activity and mastery staircase each housing type belongs to,
 * from the same reference data (Alver's types seeded where they are the same steps; the rest "Ikkje plassert").
 */
class SavedRunHousingTest {

    static final String HOUSING = """
            centre,step,type,places
            Knarvik,3,Omsorgsbustader utan base/fast bemanning,27
            Manger,5,Omsorgsbustader med heildøgns omsorg,21
            Knarvik,6,Sjukeheimsplassar korttid,21
            Knarvik,6,Sjukeheimsplassar langtid,49
            """;

    private final ForecastingUi ui = new ForecastingUi();

    @AfterEach
    void close() {
        ui.close();
    }

    private RunInfo saved() {
        ui.example();
        long population = ui.f.service().inputs(InputKind.POPULATION).get(0).id();
        long users = ui.f.service().inputs(InputKind.SERVICE_USERS).get(0).id();
        long housing = ui.store(InputKind.HOUSING, "Bustadtrapp", HOUSING).id();
        return ui.f.service().saveRun("Alver", "", new RunSpec(population, users, null, null, housing, null, 3, null, null, null, null,
                List.of(), List.of()), ForecastingUi.PLANNER);
    }

    private static List<String> steps(Table housing) {
        return java.util.stream.IntStream.range(0, housing.rows().size()).mapToObj(i -> housing.cell(i, "type") + " → "
                + housing.cell(i, "staircase")).toList();
    }

    @Test
    void eachHousingTypeShowsItsStepOfTheSeededStaircase() {
        SavedRunView view = ForecastingUi.open("forecasting/run/" + saved().id(), SavedRunView.class);
        Table housing = view.outcome.housing();
        assertEquals(List.of("Omsorgsbustader utan base/fast bemanning → Ikkje plassert",
                "Omsorgsbustader med heildøgns omsorg → 10 Langtidsopphald og heildøgns omsorg",
                "Sjukeheimsplassar korttid → 9 Korttidsopphald i institusjon",
                "Sjukeheimsplassar langtid → 10 Langtidsopphald og heildøgns omsorg"), steps(housing));
    }

    @Test
    void aPlannerPlacingAHousingTypeIsShownAtOnce() {
        RunInfo run = saved();
        Staircase seeded = ui.f.staircase().staircase();
        Map<String, Integer> services = new java.util.LinkedHashMap<>(seeded.services());
        services.put("Omsorgsbustader utan base/fast bemanning", 8);
        ui.f.staircase().update(seeded.version(), seeded.steps(), services, ForecastingUi.PLANNER);
        SavedRunView view = ForecastingUi.open("forecasting/run/" + run.id(), SavedRunView.class);
        assertEquals("8 Omsorgsbustad med bemanning", view.outcome.housing().cell(0, "staircase"));
    }
}
