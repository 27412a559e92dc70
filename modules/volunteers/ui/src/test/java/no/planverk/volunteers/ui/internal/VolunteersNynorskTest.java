package no.planverk.volunteers.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.ui.internal.assignment.AssignmentView;
import no.planverk.volunteers.ui.internal.assignment.AssignmentsView;
import no.planverk.volunteers.ui.internal.assignment.VolunteerSummaryPick;
import no.planverk.volunteers.ui.internal.calendar.CalendarView;
import no.planverk.volunteers.ui.internal.report.ReportView;
import no.planverk.volunteers.ui.internal.volunteer.VolunteerView;
import no.planverk.volunteers.ui.internal.volunteer.VolunteersView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In nynorsk, the volunteer views, the placement warnings and the services' messages in notices hold no English (the
 * organisation dialog's and the import's in their screens' tests).
 */
class VolunteersNynorskTest {

    private final VolunteersUi ui = new VolunteersUi();

    @BeforeEach
    void translate() {
        NoEnglish.translate();
    }

    @AfterEach
    void close() {
        NoEnglish.reset();
        ui.close();
    }

    private static String noEnglish() {
        return NoEnglish.check();
    }

    @Test
    void theViewsAndThePlacementWarningsSpeakNynorsk() {
        Assignment walks = ui.walks(1);
        Volunteer ok = ui.active("Ola Prøvesen", LocalDate.of(2028, 1, 1));
        Volunteer expired = ui.active("Kari Testesen", LocalDate.of(2026, 10, 1), "førstehjelp");
        VolunteersUi.open(VolNav.VOLUNTEERS, VolunteersView.class);
        noEnglish();
        VolunteersUi.open(VolNav.VOLUNTEER + "/" + expired.id(), VolunteerView.class);
        noEnglish();
        VolunteersUi.open(VolNav.ASSIGNMENTS, AssignmentsView.class);
        noEnglish();
        AssignmentView view = VolunteersUi.open(VolNav.ASSIGNMENT + "/" + walks.id(), AssignmentView.class);
        VolunteerSummaryPick.placeMatch(view, ok.id(), ok.name());
        VolunteerSummaryPick.placeOther(view, expired.id());
        String placed = noEnglish();
        assertTrue(placed.contains("Politiattesten er ikkje gyldig 25.11.2026: han gjekk ut 01.10.2026"), placed);
        assertTrue(placed.contains("Oppdraget har alle dei frivillige det treng"), placed);

        VolunteerSummaryPick.placeMatch(view, ok.id(), ok.name());
        String again = String.join("\n", VolunteersUi.notifications());
        assertTrue(again.contains("Den frivillige " + ok.id() + " er alt sett opp på dette oppdraget"), again);
        noEnglish();
        VolunteersUi.open(VolNav.CALENDAR, CalendarView.class);
        noEnglish();
        VolunteersUi.open(VolNav.REPORT, ReportView.class);
        noEnglish();
    }
}
