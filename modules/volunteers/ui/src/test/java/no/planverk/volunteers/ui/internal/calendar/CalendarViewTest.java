package no.planverk.volunteers.ui.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.planverk.volunteers.ui.internal.VolunteersUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The month calendar: each occurrence of the month, by month and unit, as an ARIA table. */
class CalendarViewTest {

    private final VolunteersUi ui = new VolunteersUi();

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void theCalendarShowsEachWednesdayOfTheMonthAndMovesByMonth() {
        ui.walks(2);
        CalendarView view = VolunteersUi.open("volunteers/calendar", CalendarView.class);
        assertEquals("november 2026", view.month.getText());
        assertEquals("4 gonger i månaden, 1 oppdrag", view.count.getText());
        String html = view.grid.getElement().getOuterHTML();
        assertTrue(html.contains("data-date=\"2026-11-25\""));
        assertTrue(html.contains("10:00 Turvenn"), html);
        // a table as ARIA wants it (axe-core: aria-required-children/parent): rows of column headers or cells
        view.grid.getElement().getChildren().forEach(row -> {
            assertEquals("row", row.getAttribute("role"));
            row.getChildren().forEach(c -> assertTrue(List.of("cell", "columnheader").contains(c.getAttribute("role")), c.getOuterHTML()));
        });
        assertEquals(7, view.grid.getElement().getChildCount(), "a header row and six weeks: 1 November 2026 is a Sunday");
        view.next.click();
        assertEquals("desember 2026", view.month.getText());
        assertEquals("5 gonger i månaden, 1 oppdrag", view.count.getText());
        view.unit.setValue(ui.f.units().findByCode("ALV-KUL").orElseThrow());
        assertEquals("0 gonger i månaden, 0 oppdrag", view.count.getText());
    }
}
