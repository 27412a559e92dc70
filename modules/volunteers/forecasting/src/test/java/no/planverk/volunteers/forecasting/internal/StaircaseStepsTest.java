package no.planverk.volunteers.forecasting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.forecasting.api.staircase.Staircase;
import no.planverk.forecasting.api.staircase.StaircaseService;
import no.planverk.forecasting.api.staircase.StaircaseStep;
import no.planverk.forecasting.api.staircase.StepDemand;
import no.planverk.platform.api.UserContext;
import no.planverk.volunteers.api.StepLabel;
import org.junit.jupiter.api.Test;

/** The staircase's steps grouped by category, bottom up, as the volunteers' steps 1..4; what a planner saved is read at once. */
class StaircaseStepsTest {

    static final class Stored implements StaircaseService {
        Staircase now;

        Stored(List<StaircaseStep> steps) {
            now = new Staircase(0, steps, Map.of());
        }

        @Override
        public Staircase staircase() {
            return now;
        }

        @Override
        public Staircase update(long version, List<StaircaseStep> steps, Map<String, Integer> services, UserContext by) {
            now = new Staircase(version + 1, steps, services);
            return now;
        }

        @Override
        public List<StepDemand> demand(ForecastResult result) {
            return List.of();
        }
    }

    @Test
    void eachCategoryGetsTheNamesOfItsStepsBottomUp() {
        Stored stored = new Stored(List.of(new StaircaseStep(3, 1, "Fastlege"), new StaircaseStep(1, 1, "Informasjon og sjølvhjelp"),
                new StaircaseStep(7, 3, "Heimesjukepleie"), new StaircaseStep(10, 4, "Langtidsopphald")));
        List<StepLabel> steps = new StaircaseSteps(stored).steps();
        assertEquals(List.of(new StepLabel(1, List.of("Informasjon og sjølvhjelp", "Fastlege")), new StepLabel(3, List.of("Heimesjukepleie")),
                new StepLabel(4, List.of("Langtidsopphald"))), steps, "category 2 has no steps and is left out");
    }

    @Test
    void aRenamedStepIsReadTheNextTime() {
        Stored stored = new Stored(List.of(new StaircaseStep(1, 1, "Informasjon")));
        StaircaseSteps steps = new StaircaseSteps(stored);
        stored.update(0, List.of(new StaircaseStep(1, 1, "Informasjon og rettleiing"), new StaircaseStep(2, 2, "Dagtilbod")), Map.of(), null);
        assertEquals(List.of(new StepLabel(1, List.of("Informasjon og rettleiing")), new StepLabel(2, List.of("Dagtilbod"))), steps.steps());
    }
}
