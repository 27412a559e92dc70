package no.planverk.measures.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.measures.api.ReportDraft;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A planner reminds units of missing reports; the unit leader sees the reminder in "Mine tiltak" until reporting. */
class UnitAndMissingTest {

    private final MeasuresUi ui = new MeasuresUi();

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void remindFlowShowsTheReminderInTheUnitView() {
        List<Measure> seed = ui.seed();
        Measure m86 = seed.get(0);
        Measure m87 = seed.get(1);
        ui.f.measures().report(seed.get(2).id(), seed.get(2).version(), new ReportDraft(ui.f.measures().currentPeriod(),
                MeasureStatus.STARTED, 10, Light.GREEN, null, null), MeasuresUi.PLANNER);

        MissingView missing = MeasuresUi.open("measures/missing", MissingView.class);
        assertEquals(5, GridKt._size(missing.grid), "88 has reported");
        missing.unit.setValue(ui.f.units().findByCode("BRG-UH").orElseThrow());
        assertEquals(List.of("86", "87", "90"), GridKt._fetch(missing.grid, 0, 10).stream().map(Measure::number).toList());
        assertFalse(missing.remind.isEnabled(), "nothing chosen");
        missing.grid.select(m86);
        missing.grid.select(GridKt._get(missing.grid, 1));
        missing.remind.click();
        assertTrue(MeasuresUi.notifications().contains("Påminning sendt for 2 tiltak"), MeasuresUi.notifications().toString());
        assertFalse(GridKt._getFormatted(missing.grid, 0, "reminded").isEmpty(), "the row shows when it was reminded");
        assertTrue(GridKt._getFormatted(missing.grid, 2, "reminded").isEmpty());

        MeasuresUi.signIn(MeasuresUi.UH_LEADER);
        UnitView unit = MeasuresUi.open("measures/unit", UnitView.class);
        assertEquals("Tjenester til personer med utviklingshemming", unit.unit.getValue().name());
        assertEquals(java.util.stream.Stream.of(m86.id(), m87.id()).map(String::valueOf).sorted().toList(), reminded(unit));
        assertEquals(List.of("86", "87", "90"), GridKt._fetch(unit.missing, 0, 10).stream().map(Measure::number).toList());
        assertEquals(4, GridKt._size(unit.grid), "86, 87, 88 and 90 are BRG-UH's");

        Measure now = ui.f.measures().find(m86.id()).orElseThrow();
        ui.f.measures().report(m86.id(), now.version(), new ReportDraft(ui.f.measures().currentPeriod(), MeasureStatus.ONGOING, 50,
                Light.GREEN, null, null), MeasuresUi.UH_LEADER);
        MeasuresUi.open("measures", MeasuresView.class);
        unit = MeasuresUi.open("measures/unit", UnitView.class);
        assertEquals(List.of(Long.toString(m87.id())), reminded(unit), "the report closes the reminder");
        assertEquals(List.of("87", "90"), GridKt._fetch(unit.missing, 0, 10).stream().map(Measure::number).toList());
    }

    @Test
    void aUserWithoutUnitsChoosesOne() {
        ui.seed();
        MeasuresUi.signIn(MeasuresUi.READER);
        UnitView unit = MeasuresUi.open("measures/unit", UnitView.class);
        assertTrue(unit.noUnit.isAttached());
        assertEquals(0, GridKt._size(unit.grid));
        assertFalse(unit.missing.getEmptyStateText().startsWith("Alle tiltak har rapport"),
                "without a unit nothing is known about missing reports: " + unit.missing.getEmptyStateText());
        assertEquals("Vel ei eining for å sjå kva tiltak som manglar rapport.", unit.missing.getEmptyStateText());
        unit.unit.setValue(ui.f.units().findByCode("BRG-SHJ").orElseThrow());
        assertEquals(1, GridKt._size(unit.grid));
        assertTrue(LocatorJ._find(unit.reminders, ListItem.class).get(0).getText().startsWith("Ingen opne"));
    }

    @Test
    void onlyPlannersRemind() {
        ui.seed();
        MeasuresUi.signIn(UserContext.of("leiar", Role.UNIT_LEADER).withUnits("BRG-UH"));
        MissingView missing = MeasuresUi.open("measures/missing", MissingView.class);
        missing.grid.select(GridKt._get(missing.grid, 0));
        missing.remind.click();
        assertTrue(MeasuresUi.notifications().contains("Du har ikkje løyve til å gjere dette."), MeasuresUi.notifications().toString());
        MeasuresUi.signIn(MeasuresUi.PLANNER);
        assertTrue(ui.f.measures().reminders(MeasuresUi.PLANNER).isEmpty());
    }

    private static List<String> reminded(UnitView unit) {
        return LocatorJ._find(unit.reminders, ListItem.class).stream().map(li -> li.getElement().getAttribute("data-measure"))
                .filter(a -> a != null).sorted().toList();
    }

    @Test
    void mineTiltakShowsTheUnitsMeasuresOnThePage() {
        ui.seed();
        MeasuresUi.signIn(MeasuresUi.UH_LEADER);
        UnitView view = MeasuresUi.open("measures/unit", UnitView.class);
        assertEquals(4, GridKt._size(view.grid));
        assertTrue(view.grid.isAllRowsVisible(), "four measures, no 30em box");
        for (int i = 1; i <= 60; i++) {
            ui.bergen("9." + i, "Tiltak " + i, "BRG-UH");
        }
        view.refresh();
        GridKt._size(view.grid);
        assertFalse(view.grid.isAllRowsVisible());
        assertEquals("75vh", view.grid.getHeight());
    }
}
