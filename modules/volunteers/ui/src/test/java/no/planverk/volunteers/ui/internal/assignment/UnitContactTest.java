package no.planverk.volunteers.ui.internal.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentDraft;
import no.planverk.volunteers.api.Placement;
import no.planverk.volunteers.api.Schedule;
import no.planverk.volunteers.api.UnitContact;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.ui.internal.VolunteersUi;
import no.planverk.volunteers.ui.internal.volunteer.VolunteerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A unit leader named as Helse og omsorg's contact sees that unit's volunteers, read-only, and no one else's; assignments by dialog. */
class UnitContactTest {

    static final UserContext LEADER = UserContext.of("einingsleiar", Role.UNIT_LEADER).withUnits("ALV-HO");

    private final VolunteersUi ui = new VolunteersUi();

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void theContactSeesTheirUnitsVolunteersReadOnlyAndNotOthers() {
        ui.f.assignments().setContact(new UnitContact(ui.f.units().id("ALV-HO"), "einingsleiar", "Eining Leiarsen", null, null),
                VolunteersUi.COORDINATOR);
        Assignment walks = ui.walks(2);
        Volunteer ola = ui.active("Ola Prøvesen", LocalDate.of(2028, 1, 1));
        ui.f.assignments().assign(walks.id(), ola.id(), VolunteersUi.COORDINATOR);
        Assignment market = ui.f.assignments().create(new AssignmentDraft(ui.f.units().id("ALV-KUL-FRIV"), 3, "Julemarknad", null,
                "Frekhaug", null, Schedule.once(LocalDate.of(2026, 12, 12), LocalTime.of(10, 0), LocalTime.of(15, 0)), 2, Set.of(),
                List.of()), VolunteersUi.COORDINATOR);
        Volunteer siri = ui.active("Siri Andresen", LocalDate.of(2028, 1, 1));
        ui.f.assignments().assign(market.id(), siri.id(), VolunteersUi.COORDINATOR);

        VolunteersUi.signIn(LEADER);
        AssignmentView own = VolunteersUi.open("volunteers/assignment/" + walks.id(), AssignmentView.class);
        assertNotNull(own.team);
        assertNull(own.matches, "only coordinators see matches and place");
        assertEquals(List.of(ola.id()), GridKt._fetch(own.team.placements, 0, 10).stream().map(Placement::volunteerId).toList());
        assertEquals("Ola Prøvesen", GridKt._getCellComponent(own.team.placements, 0, "volunteer").getElement().getText());

        AssignmentView other = VolunteersUi.open("volunteers/assignment/" + market.id(), AssignmentView.class);
        assertNull(other.team);
        LocatorJ._get(Paragraph.class, s -> s.withId("planverk-assignment-team-denied"));
        assertFalse(VolunteersUi.html().contains("Siri"));

        VolunteerView profile = VolunteersUi.open("volunteers/volunteer/" + ola.id(), VolunteerView.class);
        assertEquals("Ola Prøvesen", LocatorJ._get(profile, H2.class).getText());
        LocatorJ._assertNone(profile, Button.class, s -> s.withId("planverk-volunteer-save")); // read-only
        LocatorJ._assertNone(profile, Button.class, s -> s.withId("planverk-volunteer-erase"));
        VolunteerView refused = VolunteersUi.open("volunteers/volunteer/" + siri.id(), VolunteerView.class);
        assertEquals("Ingen tilgang", LocatorJ._get(refused, H2.class).getText());
        assertFalse(VolunteersUi.html().contains("Siri"));
    }

    @Test
    void aCoordinatorCreatesAWeeklyAssignmentInTheDialog() {
        AssignmentsView list = VolunteersUi.open("volunteers/assignments", AssignmentsView.class);
        assertTrue(list.create.isVisible());
        list.create.click();
        AssignmentDialog d = LocatorJ._get(AssignmentDialog.class);
        d.unit.setValue(ui.f.units().findByCode("ALV-HO-INST").orElseThrow());
        d.title.setValue("Song og musikk");
        d.start.setValue(LocalDate.of(2026, 12, 3));
        d.weekday.setValue(DayOfWeek.THURSDAY);
        d.from.setValue(LocalTime.of(14, 0));
        d.to.setValue(LocalTime.of(13, 0));
        d.save.click();
        assertTrue(d.to.isInvalid(), "ends before it starts: " + d.to.getErrorMessage());
        d.to.setValue(LocalTime.of(15, 30));
        d.needed.setValue("20x6");
        assertTrue(d.needed.isInvalid(), "letters are not dropped: 20x6 stays invalid");
        assertEquals("«20x6» er ikkje eit heilt tal.", d.needed.getErrorMessage());
        d.save.click();
        assertTrue(d.isOpened(), "Save does nothing while the number is invalid");
        d.needed.setValue("2");
        d.save.click();
        AssignmentView page = LocatorJ._get(AssignmentView.class);
        assertEquals("Song og musikk", page.title.getText());
        assertTrue(VolunteersUi.html().contains("Tid: Kvar torsdag kl. 14:00–15:30 frå 03.12.2026"), VolunteersUi.html());
    }
}
