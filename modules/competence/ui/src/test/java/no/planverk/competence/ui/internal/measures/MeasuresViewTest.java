package no.planverk.competence.ui.internal.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import no.planverk.competence.api.CompetenceMeasure;
import no.planverk.competence.api.CompetenceMeasureKind;
import no.planverk.competence.ui.internal.CompetenceUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Competence measures: planners create and report them; readers only read; the measure link only when offered. */
class MeasuresViewTest {

    private final CompetenceUi ui = new CompetenceUi();

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void aPlannerCreatesAMeasureAndReportsParticipants() {
        MeasuresView view = CompetenceUi.open("competence/measures", MeasuresView.class);
        view.create.click();
        MeasureDialog dialog = LocatorJ._get(MeasureDialog.class);
        assertFalse(dialog.measureId.isAttached(), "no link to measures without the measures module");
        dialog.save.click();
        assertTrue(dialog.title.isInvalid());
        assertTrue(dialog.kind.isInvalid());
        dialog.kind.setValue(CompetenceMeasureKind.MENTOR);
        dialog.title.setValue("Mentorordning for nytilsette");
        dialog.unit.setValue(ui.f.units().find(ui.unit("ALV-HO")).orElseThrow());
        dialog.year.setValue("2025");
        dialog.planned.setValue("12");
        dialog.save.click();
        assertFalse(dialog.isOpened());
        CompetenceMeasure m = ui.f.measures().list(null, null).get(0);
        assertEquals(12, m.plannedParticipants());
        assertEquals("ikkje rapportert", GridKt._getFormatted(view.grid, 0, "actual"));

        LocatorJ._get(GridKt._getCellComponent(view.grid, 0, "actions"), com.vaadin.flow.component.button.Button.class,
                s -> s.withId("planverk-competence-measure-edit-" + m.id())).click();
        MeasureDialog edit = LocatorJ._get(MeasureDialog.class);
        edit.actual.setValue("9");
        edit.save.click();
        assertEquals(9, ui.f.measures().find(m.id()).orElseThrow().actualParticipants());
        assertEquals("1 tiltak: 12 planlagde og 9 faktiske deltakarar.", view.totals.getText());
    }

    @Test
    void aReaderSeesMeasuresButNoCreateOrEdit() {
        CompetenceUi.signIn(CompetenceUi.READER);
        MeasuresView view = CompetenceUi.open("competence/measures", MeasuresView.class);
        assertFalse(view.create.isVisible());
        assertEquals(null, view.grid.getColumnByKey("actions"));
    }
}
