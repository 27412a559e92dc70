package no.planverk.volunteers.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.planverk.volunteers.api.StepDirectory;
import no.planverk.volunteers.api.StepLabel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The steps 1..4 with the staircase's step names when the forecasting module gives them, plain without. */
class StepsTest {

    final VolunteersFixture f = VolunteersFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void withoutTheForecastingModuleTheStepsArePlainNumbers() {
        List<StepLabel> steps = f.assignments().steps();
        assertEquals(List.of(1, 2, 3, 4), steps.stream().map(StepLabel::step).toList());
        assertTrue(steps.stream().noneMatch(StepLabel::named));
    }

    @Test
    void withTheStaircaseEachStepHasTheNamesOfItsCategory() {
        f.stepDirectory(() -> List.of(new StepLabel(1, List.of("Informasjon", "Møteplassar")), new StepLabel(3, List.of("Heimesjukepleie"))));
        List<StepLabel> steps = f.assignments().steps();
        assertEquals(List.of("Informasjon", "Møteplassar"), steps.get(0).staircaseSteps());
        assertFalse(steps.get(1).named(), "a category with no steps in the staircase stays plain");
        assertEquals(List.of("Heimesjukepleie"), steps.get(2).staircaseSteps());
        assertEquals(4, steps.size());
    }

    @Test
    void aStaircaseThatCannotBeReadLeavesThePlainSteps() {
        StepDirectory broken = () -> {
            throw new IllegalStateException("database down");
        };
        f.stepDirectory(broken);
        assertTrue(f.assignments().steps().stream().noneMatch(StepLabel::named));
        assertEquals(4, f.assignments().steps().size());
    }

    @Test
    void stepsOutsideOneToFourAreLeftOut() {
        f.stepDirectory(() -> List.of(new StepLabel(5, List.of("Ekstra")), new StepLabel(2, List.of("Dagtilbod"))));
        assertEquals(List.of(1, 2, 3, 4), f.assignments().steps().stream().map(StepLabel::step).toList());
        assertEquals(List.of("Dagtilbod"), f.assignments().steps().get(1).staircaseSteps());
    }
}
