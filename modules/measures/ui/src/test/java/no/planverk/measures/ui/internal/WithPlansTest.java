package no.planverk.measures.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The grid with the plans module plugged in: plan and goal pickers, and measures grouped under goals. */
class WithPlansTest {

    private final MeasuresUi ui = new MeasuresUi(true);

    @AfterEach
    void close() {
        ui.close();
    }

    private Measure linked(long planId, String number, List<Long> goals) {
        MeasureDraft d = ui.draft(number, "Tiltak " + number, "ALV-HO").inPlan(planId).withGoals(goals);
        return ui.f.measures().create(d, MeasuresUi.PLANNER);
    }

    @Test
    void planAndGoalFiltersAndTheGoalTree() {
        for (int i = 1; i <= 30; i++) {
            linked(100, "3.3." + i, List.of(1001L));
        }
        linked(100, "4.1.1", List.of(1002L));
        linked(100, "4.1.2", List.of(1001L, 1002L));
        linked(100, "9.9", List.of());
        linked(200, "86", List.of(2001L));
        MeasuresView view = MeasuresUi.open("measures", MeasuresView.class);
        assertEquals(34, GridKt._size(view.grid));
        view.plan.setValue(ui.plans.plan(200).orElseThrow());
        assertEquals(List.of("86"), MeasuresViewTest.numbers(view));
        assertEquals(List.of("5"), view.goal.getListDataView().getItems().map(g -> g.code()).toList(), "the plan's goals");
        view.plan.setValue(ui.plans.plan(100).orElseThrow());
        view.goal.setValue(ui.plans.goals(List.of(1002L)).get(0));
        assertEquals(List.of("4.1.1", "4.1.2"), MeasuresViewTest.numbers(view));
        assertEquals("Kommunedelplan for helse, sosial og omsorg 2021-2033", GridKt._getFormatted(view.grid, 0, "plan"));

        view.goal.clear();
        view.byGoal.setValue(true);
        assertEquals(List.of("3.3 Frivillig sektor i Alver er mangfaldig og sterk (31)",
                "4.1 Innbyggjarane har god helse og livskvalitet (2)", "Utan kopla mål (1)"),
                MeasuresTreeRows.roots(view).stream().map(MeasuresTreeRows.Row::text).toList());
        GridKt._expandAll(view.tree, 2);
        assertEquals(3 + 31 + 2 + 1, GridKt._size(view.tree), "a measure with two goals shows under both");
        assertTrue(GridKt._rowSequence(view.tree, r -> true).iterator().hasNext());
        assertEquals("3.3.1", GridKt._getFormatted(view.tree, 1, "goal"), "children sorted by number");
    }
}
