package no.planverk.volunteers.ui.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.HoursDraft;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.ui.internal.VolunteersUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The effort report: the year's totals per unit, organisation and month, and its CSV. */
class ReportViewTest {

    private final VolunteersUi ui = new VolunteersUi();

    @AfterEach
    void close() {
        ui.close();
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
}
