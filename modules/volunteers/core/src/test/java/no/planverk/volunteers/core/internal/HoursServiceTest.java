package no.planverk.volunteers.core.internal;

import static no.planverk.volunteers.core.internal.Samples.COORDINATOR;
import static no.planverk.volunteers.core.internal.Samples.LEADER;
import static no.planverk.volunteers.core.internal.Samples.READER;
import static no.planverk.volunteers.core.internal.Samples.TODAY;
import static no.planverk.volunteers.core.internal.Samples.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentDraft;
import no.planverk.volunteers.api.EffortReport;
import no.planverk.volunteers.api.EffortReport.Total;
import no.planverk.volunteers.api.HoursDraft;
import no.planverk.volunteers.api.Organisation;
import no.planverk.volunteers.api.OrganisationDraft;
import no.planverk.volunteers.api.UnitContact;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HoursServiceTest {

    final VolunteersFixture f = VolunteersFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    Volunteer active(String name) {
        Volunteer v = f.volunteers().create(Samples.volunteer(name, List.of()), COORDINATOR);
        return f.volunteers().changeStatus(v.id(), v.version(), VolunteerStatus.ACTIVE, COORDINATOR);
    }

    @Test
    void totalsPerUnitOrganisationStepAndMonth() {
        Organisation red = f.organisations().create(new OrganisationDraft("Alver Raudekross (oppdikta)", "974760673", null, null, null,
                null, null), COORDINATOR);
        AssignmentDraft visit = Samples.once(f.units().id("ALV-HO-HEIM"), TODAY, 10, 12);
        Assignment a = f.assignments().create(new AssignmentDraft(visit.unitId(), 2, "Besøksven", null, "Manger", red.id(),
                visit.schedule(), 2, Set.of(), List.of()), COORDINATOR);
        Assignment b = f.assignments().create(Samples.once(f.units().id("ALV-KUL-FRIV"), TODAY, 13, 15), COORDINATOR);
        Volunteer kari = active("Test Kari");
        Volunteer ola = active("Test Ola");
        f.assignments().assign(a.id(), kari.id(), COORDINATOR);
        f.assignments().assign(a.id(), ola.id(), COORDINATOR);
        f.assignments().assign(b.id(), kari.id(), COORDINATOR);
        f.hours().log(new HoursDraft(a.id(), kari.id(), TODAY, hours("2")), COORDINATOR);
        f.hours().log(new HoursDraft(a.id(), ola.id(), TODAY, hours("1.75")), COORDINATOR);
        f.hours().log(new HoursDraft(b.id(), kari.id(), TODAY, hours("1.5")), COORDINATOR);

        EffortReport r = f.hours().yearly(2026);
        assertEquals(new BigDecimal("5.25"), r.hours());
        assertEquals(3, r.entries());
        assertEquals(2, r.volunteers());
        // by name
        assertEquals(List.of(new Total(String.valueOf(f.units().id("ALV-KUL-FRIV")), "Frivilligsentralen", new BigDecimal("1.50"), 1),
                new Total(String.valueOf(f.units().id("ALV-HO-HEIM")), "Heimetenester", new BigDecimal("3.75"), 2)), r.byUnit());
        assertEquals(List.of(new Total(String.valueOf(red.id()), "Alver Raudekross (oppdikta)", new BigDecimal("3.75"), 2),
                new Total("none", "No organisation", new BigDecimal("1.50"), 1)), r.byOrganisation());
        assertEquals(List.of(new Total("2", "Step 2", new BigDecimal("3.75"), 2), new Total("3", "Step 3", new BigDecimal("1.50"), 1)),
                r.byStep());
        assertEquals(List.of(new Total("2026-11", "2026-11", new BigDecimal("5.25"), 3)), r.byMonth());
        assertEquals(new BigDecimal("3.75"), f.hours().report(TODAY, TODAY, f.units().id("ALV-HO")).hours(), "Helse og omsorg and below");
        assertEquals(new BigDecimal("0.00"), f.hours().yearly(2025).hours());
    }

    @Test
    void hoursAreQuarterHoursOfAPlacedVolunteerOnAPastDay() {
        Assignment a = f.assignments().create(Samples.once(f.units().id("ALV-HO-HEIM"), TODAY, 10, 12), COORDINATOR);
        Volunteer v = active("Test Testesen");
        Volunteer notPlaced = active("Test Utanfor");
        f.assignments().assign(a.id(), v.id(), COORDINATOR);
        for (String bad : List.of("0", "-1", "24.25", "1.1")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.hours().log(new HoursDraft(a.id(), v.id(), TODAY,
                    hours(bad)), COORDINATOR), bad);
            assertEquals(Set.of("hours"), e.fieldErrors().keySet());
        }
        assertEquals(Set.of("date"), assertThrows(InvalidInputException.class, () -> f.hours().log(new HoursDraft(a.id(), v.id(),
                TODAY.plusDays(1), hours("1")), COORDINATOR)).fieldErrors().keySet());
        assertEquals(Set.of("volunteerId"), assertThrows(InvalidInputException.class, () -> f.hours().log(new HoursDraft(a.id(),
                notPlaced.id(), TODAY, hours("1")), COORDINATOR)).fieldErrors().keySet());
        assertEquals(Set.of("volunteerId"), assertThrows(InvalidInputException.class, () -> f.hours().log(new HoursDraft(a.id(), v.id(),
                TODAY.minusDays(1), hours("1")), COORDINATOR)).fieldErrors().keySet(), "before the placement");
    }

    @Test
    void theUnitsContactLogsHoursOthersMayNot() {
        Assignment a = f.assignments().create(Samples.once(f.units().id("ALV-HO-HEIM"), TODAY, 10, 12), COORDINATOR);
        Volunteer v = active("Test Testesen");
        f.assignments().assign(a.id(), v.id(), COORDINATOR);
        HoursDraft two = new HoursDraft(a.id(), v.id(), TODAY, hours("2"));
        assertThrows(AccessDeniedException.class, () -> f.hours().log(two, LEADER), "not the contact yet");
        assertThrows(AccessDeniedException.class, () -> f.hours().log(two, READER));
        f.assignments().setContact(new UnitContact(f.units().id("ALV-HO-HEIM"), "einingsleiar", "Eining Leiar", "leiar@example.org",
                null), COORDINATOR);
        f.hours().log(two, LEADER);
        assertEquals(1, f.hours().forAssignment(a.id(), LEADER).size());
        assertThrows(AccessDeniedException.class, () -> f.hours().forAssignment(a.id(), READER));
        assertEquals(List.of("einingsleiar"), f.assignments().contacts().stream().map(UnitContact::username).toList());
    }
}
