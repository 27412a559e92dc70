package no.planverk.plans.ui.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.ui.internal.PlansUi;
import no.planverk.plans.ui.internal.PlansView;
import no.planverk.platform.api.OrgUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Creating a plan from the grid's dialog, on the real plan service. */
class PlanCreateTest {

    private final PlansUi ui = new PlansUi();

    @AfterEach
    void close() {
        ui.close();
    }

    private static PlanCreateDialog openDialog() {
        PlansView grid = PlansUi.open("plans", PlansView.class);
        LocatorJ._get(grid, Button.class, spec -> spec.withText("Ny plan")).click();
        return LocatorJ._get(PlanCreateDialog.class);
    }

    @Test
    void aPlannerCreatesAPlanAndLandsOnItsPage() {
        PlanCreateDialog dialog = openDialog();
        OrgUnit beho = ui.f.units().findByCode("BRG-BEHO").orElseThrow();
        dialog.form.code.setValue("BRG-DEMENS");
        dialog.form.type.setValue(PlanType.HANDLINGSPLAN);
        dialog.form.title.setValue("Demensplan for Bergen");
        dialog.form.unit.setValue(beho);
        dialog.form.periodFrom.setValue("2024");
        dialog.form.periodTo.setValue("2028");
        dialog.save.click();

        Plan created = ui.f.plans().findByCode("BRG-DEMENS").orElseThrow();
        assertEquals(PlanStatus.PREPARATION, created.status());
        assertEquals(beho.id(), created.ownerUnitId());
        assertFalse(dialog.isOpened());
        assertEquals(created.id(), LocatorJ._get(PlanView.class).plan().id());
        assertTrue(PlansUi.notifications().contains("Planen «Demensplan for Bergen» er oppretta."), PlansUi.notifications().toString());
    }

    @Test
    void aFieldErrorFromTheServiceIsShownOnTheFieldAndTheInputStays() {
        ui.plan("ALV-KPS", PlanType.SAMFUNNSDEL, "Samfunnsdelen", 2021, 2033);
        PlanCreateDialog dialog = openDialog();
        dialog.form.code.setValue("ALV-KPS");
        dialog.form.type.setValue(PlanType.TEMAPLAN);
        dialog.form.title.setValue("Ein ny plan");
        dialog.form.documentUrl.setValue("ikkje ei adresse");
        dialog.save.click();

        assertTrue(dialog.isOpened());
        assertTrue(dialog.form.documentUrl.isInvalid(), "the draft's own check names the link");
        dialog.form.documentUrl.setValue("https://www.alver.kommune.no/plan.pdf");
        dialog.save.click();
        assertTrue(dialog.form.code.isInvalid());
        assertTrue(dialog.form.code.getErrorMessage().contains("er alt brukt"), dialog.form.code.getErrorMessage());
        assertEquals("Ein ny plan", dialog.form.title.getValue());
        assertEquals(1, ui.f.plans().all().size());
    }

    @Test
    void requiredFieldsAreCheckedBeforeTheService() {
        PlanCreateDialog dialog = openDialog();
        dialog.save.click();
        assertTrue(dialog.form.code.isInvalid());
        assertEquals("Skriv ein kode", dialog.form.code.getErrorMessage());
        assertTrue(dialog.form.type.isInvalid());
        assertEquals(0, ui.f.plans().all().size());
    }
}
