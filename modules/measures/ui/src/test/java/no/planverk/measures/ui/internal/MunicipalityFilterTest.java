package no.planverk.measures.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.plans.api.Ownership;
import no.planverk.measures.api.Responsibility;
import no.planverk.platform.api.OrgUnit;
import no.planverk.ui.api.Municipality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The municipality filter on the measure list: a unit in the municipality answers for the measure, or, for measures
 * without units, the municipality owns the plan; remembered for the user together with the plan list's.
 */
class MunicipalityFilterTest {

    private MeasuresUi ui;

    @AfterEach
    void close() {
        ui.close();
    }

    private void measure(Long planId, String number, Responsibility r, String... units) {
        MeasureDraft d = ui.draft(number, "Tiltak " + number, units);
        d = new MeasureDraft(planId, planId == null ? d.planName() : null, d.number(), d.title(), null, List.of(), d.goalText(),
                MeasureKind.MEASURE, null, null, r, d.unitIds(), null, d.fromYear(), d.toYear(), d.years(), Ownership.THIS_PLAN);
        ui.f.measures().create(d, MeasuresUi.PLANNER);
    }

    private static OrgUnit pick(MeasuresView view, String code) {
        return view.municipality.getListDataView().getItems().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void withPlansMeasuresWithoutUnitsBelongToTheMunicipalityOwningTheirPlan() {
        ui = new MeasuresUi(true);
        measure(100L, "A-heim", Responsibility.UNITS, "ALV-HO-HEIM");
        measure(200L, "B-uh", Responsibility.UNITS, "BRG-UH");
        measure(100L, "C-alle", Responsibility.ALL);
        measure(200L, "D-tverr", Responsibility.CROSS_SECTOR);
        measure(200L, "E-alver", Responsibility.UNITS, "ALV-KUL");
        MeasuresView view = MeasuresUi.open("measures", MeasuresView.class);
        assertEquals(List.of("Alver kommune", "Bergen kommune"), view.municipality.getListDataView().getItems().map(OrgUnit::name).toList());
        assertEquals(5, MeasuresViewTest.numbers(view).size());

        view.municipality.setValue(pick(view, "ALVER"));
        assertEquals(List.of("A-heim", "C-alle", "E-alver"), sorted(view), "Alver's plan owns C; E's unit is in Alver");
        assertEquals(3, com.github.mvysny.kaributesting.v10.GridKt._size(view.grid));
        assertEquals("3 tiltak", view.count.getText());
        view.municipality.setValue(pick(view, "BERGEN"));
        assertEquals(List.of("B-uh", "D-tverr"), sorted(view));
        view.unit.setValue(ui.f.units().findByCode("ALV-KUL").orElseThrow());
        assertEquals(List.of("E-alver"), sorted(view), "a chosen unit narrows as on the plan list");

        MeasuresUi.open("measures/unit", UnitView.class);
        MeasuresView again = MeasuresUi.open("measures", MeasuresView.class);
        assertEquals("BERGEN", again.municipality.getValue().code(), "remembered for the user");
        assertEquals("BERGEN", VaadinSession.getCurrent().getAttribute(Municipality.key(MeasuresUi.PLANNER)),
                "under the same key as the plan list's, so one choice serves both");
        again.municipality.clear();
        assertEquals(5, MeasuresViewTest.numbers(again).size());
        assertEquals("", VaadinSession.getCurrent().getAttribute(Municipality.key(MeasuresUi.PLANNER)));
    }

    @Test
    void withoutPlansAMeasureWithoutUnitsIsFoundInEveryMunicipality() {
        ui = new MeasuresUi();
        measure(null, "1-uh", Responsibility.UNITS, "BRG-UH");
        measure(null, "2-alle", Responsibility.ALL);
        measure(null, "3-ingen", Responsibility.UNITS);
        MeasuresView view = MeasuresUi.open("measures", MeasuresView.class);
        assertNull(view.municipality.getValue());
        view.municipality.setValue(pick(view, "ALVER"));
        assertEquals(List.of("2-alle", "3-ingen"), sorted(view));
        view.municipality.setValue(pick(view, "BERGEN"));
        assertEquals(List.of("1-uh", "2-alle", "3-ingen"), sorted(view));
    }

    private static List<String> sorted(MeasuresView view) {
        return MeasuresViewTest.numbers(view).stream().sorted().toList();
    }
}
