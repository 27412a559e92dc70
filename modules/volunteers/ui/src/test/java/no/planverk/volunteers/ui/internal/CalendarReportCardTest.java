package no.planverk.volunteers.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import no.planverk.ui.api.Texts;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.HoursDraft;
import no.planverk.volunteers.api.Volunteer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The month calendar, the effort report with its CSV, the dashboard card, and the texts in three languages. */
class CalendarReportCardTest {

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

    @Test
    void theReportTotalsTheYearAndTheCsvUsesDecimalCommas() {
        Assignment walks = ui.walks(1);
        Volunteer ola = ui.active("Ola Prøvesen", LocalDate.of(2028, 1, 1));
        ui.f.assignments().assign(walks.id(), ola.id(), LocalDate.of(2026, 11, 4), VolunteersUi.COORDINATOR);
        ui.f.hours().log(new HoursDraft(walks.id(), ola.id(), LocalDate.of(2026, 11, 4), new BigDecimal("2.5")), VolunteersUi.COORDINATOR);
        ui.f.hours().log(new HoursDraft(walks.id(), ola.id(), LocalDate.of(2026, 11, 11), new BigDecimal("2")), VolunteersUi.COORDINATOR);
        ReportView view = VolunteersUi.open("volunteers/report", ReportView.class);
        assertEquals("01.01.2026–31.12.2026: 4,5 timar i 2 føringar frå 1 frivillige.", view.summary.getText());
        assertEquals("Heimetenester", GridKt._getFormatted(view.byUnit, 0, "name"));
        assertEquals("Utan lag", GridKt._getFormatted(view.byOrganisation, 0, "name"));
        assertEquals("november 2026", GridKt._getFormatted(view.byMonth, 0, "name"));
        String csv = ReportCsv.write(view.report(), x -> "Trinn " + x.key(), ReportView::month);
        assertTrue(csv.contains("eining;" + ui.f.units().id("ALV-HO-HEIM") + ";Heimetenester;4,5;2"), csv);
        view.year.setValue("2025");
        assertTrue(view.summary.getText().startsWith("01.01.2025–31.12.2025: 0 timar"), view.summary.getText());
    }

    @Test
    void theCardCountsForCoordinatorsAndLeavesVolunteersOutForReaders() {
        ui.walks(2);
        ui.active("Kari Testesen", LocalDate.of(2026, 10, 1));
        Card card = (Card) new VolunteersCard(ui.services).create();
        UI.getCurrent().add(card);
        String html = card.getElement().getOuterHTML();
        assertTrue(html.contains("1 aktive frivillige"), html);
        assertTrue(html.contains("1 opne oppdrag"), html);
        assertTrue(html.contains("1 påminningar"), html);
        VolunteersUi.signIn(VolunteersUi.READER);
        String reader = new VolunteersCard(ui.services).create().getElement().getOuterHTML();
        assertFalse(reader.contains("aktive frivillige"), reader);
        assertTrue(reader.contains("1 opne oppdrag"), reader);
    }

    @Test
    void bokmalAndEnglishHaveEveryKeyOfNynorsk() throws Exception {
        Properties nn = load("");
        for (String suffix : new String[] {"_nb", "_en"}) {
            assertEquals(nn.keySet(), load(suffix).keySet(), suffix);
        }
        assertEquals("Every Tuesday at 10:00–12:00 from 01.12.2026",
                VolTexts.TEXTS.get(Texts.ENGLISH, "schedule.weekly", "Tuesday", "10:00–12:00", "01.12.2026"));
        assertEquals("Lag og organisasjoner", VolTexts.TEXTS.get(Texts.BOKMAL, "menu.organisations"));
    }

    private static Properties load(String suffix) throws Exception {
        Properties p = new Properties();
        try (var in = CalendarReportCardTest.class.getResourceAsStream("messages" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
