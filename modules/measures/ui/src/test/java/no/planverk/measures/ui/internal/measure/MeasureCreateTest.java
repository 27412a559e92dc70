package no.planverk.measures.ui.internal.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Set;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.GoalInfo;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.YearAmount;
import no.planverk.measures.ui.internal.MeasuresUi;
import no.planverk.measures.ui.internal.MeasuresView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Creating a measure from the grid's dialog, with the plans module's pickers and without them. */
class MeasureCreateTest {

    private MeasuresUi ui;

    @AfterEach
    void close() {
        ui.close();
    }

    private static MeasureCreateDialog openDialog() {
        MeasuresView grid = MeasuresUi.open("measures", MeasuresView.class);
        LocatorJ._get(grid, Button.class, spec -> spec.withText("Nytt tiltak")).click();
        return LocatorJ._get(MeasureCreateDialog.class);
    }

    @Test
    void withThePlansModuleAPlannerPicksPlanAndGoalsAndLandsOnTheMeasure() {
        ui = new MeasuresUi(true);
        MeasureCreateDialog dialog = openDialog();
        dialog.form.plan.setValue(ui.plans.plan(100).orElseThrow());
        GoalInfo g33 = ui.plans.goals(100L).get(0);
        assertEquals(ui.plans.goals(100L), dialog.form.goals.getListDataView().getItems().toList(), "goals of the chosen plan");
        dialog.form.goals.setValue(Set.of(g33));
        dialog.form.number.setValue("3.3.2");
        dialog.form.title.setValue("Etablering av stilling som koordinator for frivillig innsats i sektor helse og omsorg");
        dialog.form.units.setValue(Set.of(ui.f.units().findByCode("ALV-KUL").orElseThrow(),
                ui.f.units().findByCode("ALV-HO").orElseThrow()));
        dialog.form.fromYear.setValue("2023");
        dialog.form.toYear.setValue("2026");
        dialog.form.years.addRow(new YearAmount(2023, null, Funding.NOT_FUNDED)).cost.setValue("650000");
        dialog.save.click();

        assertFalse(dialog.isOpened(), MeasuresUi.notifications().toString());
        Measure m = ui.f.measures().list(MeasureQuery.all()).items().get(0);
        assertEquals(100L, m.planId());
        assertEquals(List.of(g33.id()), m.goalIds());
        assertEquals(650_000L, m.totalCost());
        assertEquals(m.id(), LocatorJ._get(MeasureView.class).measure().id());
    }

    @Test
    void requiredFieldsAndADuplicateNumberShowOnTheirFieldsAndSaveNothing() {
        ui = new MeasuresUi();
        ui.seed();
        MeasureCreateDialog dialog = openDialog();
        dialog.save.click();
        assertTrue(dialog.form.planName.isInvalid());
        assertTrue(dialog.form.number.isInvalid());
        assertEquals("Skriv eit nummer", dialog.form.number.getErrorMessage());
        dialog.form.planName.setValue(MeasuresUi.UH_PLAN);
        dialog.form.number.setValue("86");
        dialog.form.title.setValue("Eit nytt tiltak");
        dialog.save.click();
        assertTrue(dialog.isOpened());
        assertTrue(dialog.form.number.isInvalid(), "the plan has a measure 86");
        assertEquals("Eit nytt tiltak", dialog.form.title.getValue());
        assertEquals(6, ui.f.measures().list(MeasureQuery.all()).total());
    }

    @Test
    void aUnitLeaderStartsWithOwnUnitAndMayNotCreateForOthers() {
        ui = new MeasuresUi();
        MeasuresUi.signIn(MeasuresUi.UH_LEADER);
        MeasureCreateDialog dialog = openDialog();
        assertEquals(Set.of(ui.f.units().findByCode("BRG-UH").orElseThrow()), dialog.form.units.getValue());
        dialog.form.planName.setValue(MeasuresUi.UH_PLAN);
        dialog.form.number.setValue("92");
        dialog.form.title.setValue("Tiltak for ein annan etat");
        dialog.form.units.setValue(Set.of(ui.f.units().findByCode("BRG-SHJ").orElseThrow()));
        dialog.save.click();
        assertTrue(dialog.problem.isVisible());
        assertEquals("Du har ikkje løyve til å gjere dette.", dialog.problem.getText());
        assertEquals(0, ui.f.measures().list(MeasureQuery.all()).total());
    }
}
