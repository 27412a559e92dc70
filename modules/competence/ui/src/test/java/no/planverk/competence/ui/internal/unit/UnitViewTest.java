package no.planverk.competence.ui.internal.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.Position;
import no.planverk.competence.ui.internal.CompetenceUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A unit's page: what readers, planners and the unit's leader see and may do. */
class UnitViewTest {

    private final CompetenceUi ui = new CompetenceUi();

    @AfterEach
    void close() {
        ui.close();
    }

    private UnitView open(String code) {
        return CompetenceUi.open("competence/unit/" + ui.unit(code), UnitView.class);
    }

    @Test
    void aReaderSeesAggregatesButNoEditControlsAndNoPersonLevelFields() {
        ui.gapExample();
        ui.kari();
        CompetenceUi.signIn(CompetenceUi.READER);
        UnitView view = open("ALV-HO");
        assertEquals("Helse og omsorg", view.title.getText());
        assertTrue(view.aggregatesOnly.isVisible());
        assertFalse(view.register.isVisible(), "no register rows for readers");
        assertFalse(view.requirementSection.add.isVisible());
        assertFalse(view.requirementSection.grid.getColumnByKey("actions").isVisible());
        assertEquals(2, GridKt._size(view.requirementSection.grid), "requirements are read by everyone");
        assertEquals(List.of(), LocatorJ._find(PositionDialog.class));
        assertFalse(view.getElement().getOuterHTML().contains("Kari"));
        assertFalse(view.getElement().getOuterHTML().contains("A17"));
        // aggregates: 41 positions, of them the specialist nurses 2 + Kari
        assertTrue(view.facts.getText().contains("41 stillingar"), view.facts.getText());
        assertEquals("Spesialsjukepleiar", GridKt._getFormatted(view.categories, 1, "category"));
        assertEquals("3", GridKt._getFormatted(view.categories, 1, "positions"));
    }

    @Test
    void aPlannerEditsRowsButSeesNoPersonalFields() {
        ui.kari();
        UnitView view = open("ALV-HO");
        assertTrue(view.register.isVisible());
        assertFalse(view.aggregatesOnly.isVisible());
        assertFalse(view.register.grid.getColumnByKey("name").isVisible());
        assertFalse(view.register.erase.isVisible(), "planners do not erase personal data");
        Position masked = GridKt._fetch(view.register.grid, 0, 1).get(0);
        assertNull(masked.name());
        assertFalse(LocatorJ._get(GridKt._getCellComponent(view.register.grid, 0, "actions"), com.vaadin.flow.component.button.Button.class,
                s -> s.withId("planverk-competence-position-edit-" + masked.id())).isEnabled(), "saving would blank hidden fields");

        view.register.add.click();
        PositionDialog dialog = LocatorJ._get(PositionDialog.class);
        dialog.category.setValue(Category.VERNEPLEIAR);
        dialog.percent.setValue("0");
        dialog.ageFrom.setValue("30");
        dialog.save.click();
        assertTrue(dialog.percent.isInvalid(), "the service's rule on its field");
        assertEquals("Stillingsprosent over 0 og høgst 100", dialog.percent.getErrorMessage());
        assertEquals(1, ui.f.workforce().summary(ui.unit("ALV-HO"), 2025).positions());

        dialog.percent.setValue("150");
        dialog.count.setValue("2x");
        dialog.save.click();
        assertEquals("Skriv eit tal frå 0 til 100.", dialog.percent.getErrorMessage(), "out of range: refused at the field");
        assertEquals("2x", dialog.count.getValue(), "what was typed stays, not 2");
        assertEquals("«2x» er ikkje eit heilt tal.", dialog.count.getErrorMessage());
        assertEquals("Ingenting er lagra. Rett felta som er merkte raude først.", dialog.problem.getText());
        assertTrue(dialog.isOpened());
        assertEquals(1, ui.f.workforce().summary(ui.unit("ALV-HO"), 2025).positions(), "nothing saved");

        dialog.furtherEducation.setValue("x".repeat(2000));
        dialog.count.setValue("1");
        dialog.percent.setValue("80");
        dialog.save.click();
        assertTrue(dialog.furtherEducation.isInvalid(), "too long: refused, not cut");
        assertTrue(dialog.furtherEducation.getHelperText().contains("2\u00a0000 / 200 teikn"), dialog.furtherEducation.getHelperText());
        assertEquals(1, ui.f.workforce().summary(ui.unit("ALV-HO"), 2025).positions(), "nothing saved");

        dialog.furtherEducation.setValue("demensomsorg");
        dialog.save.click();
        assertFalse(dialog.isOpened());
        assertEquals(2, GridKt._size(view.register.grid));
        assertEquals(1.6, ui.f.workforce().summary(ui.unit("ALV-HO"), 2025).fte(), 1e-9, "Kari 0,8 and the new row 0,8");
        assertEquals("2 stillingar, 1,6 årsverk i 2 rader.", view.register.count.getText());
    }

    @Test
    void theUnitsLeaderSeesPersonalFieldsAndErasesThem() {
        ui.kari();
        CompetenceUi.signIn(CompetenceUi.HO_LEADER);
        UnitView view = open("ALV-HO-HEIM");
        assertTrue(view.register.grid.getColumnByKey("name").isVisible());
        assertEquals("Kari Nordmann", GridKt._getFormatted(view.register.grid, 0, "name"));
        assertTrue(view.register.erase.isVisible());

        view.register.erase.click();
        ConfirmDialogKt._fireConfirm(LocatorJ._get(ConfirmDialog.class));
        Position after = ui.f.workforce().positions(ui.unit("ALV-HO-HEIM"), 2025, CompetenceUi.ADMIN).get(0);
        assertNull(after.name());
        assertNull(after.employeeNo());
        assertEquals(62, after.ageFrom(), "the age stays");
        assertFalse(view.register.grid.getColumnByKey("name").isVisible());
        assertFalse(view.register.erase.isVisible());
    }

    @Test
    void aLeaderOfOneUnitDoesNotEditAnother() {
        ui.row("ALV-OPP", Category.ANNA, 100, 2, 30, 34);
        CompetenceUi.signIn(CompetenceUi.HO_LEADER);
        UnitView view = open("ALV-OPP");
        assertFalse(view.register.isVisible());
        assertFalse(view.requirementSection.add.isVisible());
        assertTrue(CompetenceUi.notifications().isEmpty(), "nothing was tried: " + CompetenceUi.notifications());
    }

    @Test
    void withoutAnIdTheLeaderSeesTheirOwnUnit() {
        CompetenceUi.signIn(CompetenceUi.HO_LEADER);
        UnitView view = CompetenceUi.open("competence/unit", UnitView.class);
        assertEquals("Helse og omsorg", view.title.getText());
    }

    @Test
    void anotherUnitInTheAddressShowsThatUnitInTheSameView() {
        ui.gapExample();
        ui.f.workforce().create(new no.planverk.competence.api.PositionDraft(ui.unit("ALV-HO-HEIM"), 2024, Category.LEGE, 100.0, 1, 50,
                50, false, null, null, null, null), CompetenceUi.PLANNER);
        UnitView view = open("ALV-HO");
        view.year.setValue(2024);
        assertEquals("Registerår 2024: 1 stilling, 1,0 årsverk, ingen stillingar med tilsette 55 år eller eldre.", view.facts.getText());
        UnitView again = open("ALV-HO-INST");
        assertTrue(again == view, "Vaadin keeps the view");
        assertEquals("Institusjonstenester", view.title.getText());
        assertEquals(2024, view.year.getValue(), "the year chosen stays");
        assertEquals("Ingen rader i registeråret.", view.register.grid.getEmptyStateText());
        assertEquals(0, GridKt._size(view.register.grid), "no rows of Institusjonstenester in 2024");
        CompetenceUi.open("competence/unit/999", UnitView.class);
        assertEquals("Fann ikkje eininga", view.title.getText());
    }
}
