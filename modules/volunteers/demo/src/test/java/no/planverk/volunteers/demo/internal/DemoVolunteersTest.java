package no.planverk.volunteers.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentQuery;
import no.planverk.volunteers.api.EffortReport;
import no.planverk.volunteers.api.Reminder;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerSummary;
import no.planverk.volunteers.core.internal.VolunteersFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoVolunteersTest {

    /** The fixture's today: Wednesday 25 November 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final UserContext COORDINATOR = UserContext.of("koordinator", Role.COORDINATOR);

    final VolunteersFixture f = VolunteersFixture.inMemory();
    final DemoVolunteers.Services services = new DemoVolunteers.Services(f.units(), f.organisations(), f.volunteers(), f.assignments(),
            f.hours(), f.transfer());

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void loadsOnceAcrossTheSixLocalCentresWithInventedPeopleOnly() {
        DemoVolunteers.load(services, TODAY);
        DemoVolunteers.load(services, TODAY);
        assertEquals(4, f.organisations().list(null).size());
        assertTrue(f.organisations().list(null).stream().allMatch(o -> o.name().contains("(oppdikta)")));
        List<VolunteerSummary> people = f.volunteers().list(null, null, COORDINATOR);
        assertEquals(8, people.size());
        for (VolunteerSummary p : people) {
            Volunteer v = f.volunteers().profile(p.id(), COORDINATOR);
            assertEquals(DemoData.INVENTED, v.notes(), v.name());
            assertTrue(v.email() == null || v.email().endsWith("@example.org"), v.name());
        }
        List<Assignment> tasks = f.assignments().list(AssignmentQuery.all());
        assertEquals(7, tasks.size());
        assertEquals(Set.copyOf(DemoData.PLACES), tasks.stream().map(Assignment::place).collect(Collectors.toSet()));
        assertEquals(2, f.assignments().contacts().size());
    }

    @Test
    void placesVolunteersAndLogsTheirPastHoursAndRemindsOfCertificates() {
        DemoVolunteers.load(services, TODAY);
        assertTrue(f.assignments().list(AssignmentQuery.all()).stream().mapToInt(Assignment::filled).sum() >= 5);
        EffortReport r = f.hours().yearly(2026);
        assertTrue(r.hours().compareTo(BigDecimal.TEN) > 0, r.hours().toString());
        assertEquals(List.of("2026-10", "2026-11"), r.byMonth().stream().map(EffortReport.Total::key).toList());
        List<Reminder.Kind> kinds = f.volunteers().reminders(30, 6, COORDINATOR).stream().map(Reminder::kind).toList();
        assertEquals(List.of(Reminder.Kind.CERTIFICATE_EXPIRED, Reminder.Kind.CERTIFICATE_EXPIRING), kinds);
        assertFalse(f.assignments().list(new AssignmentQuery(null, true, null)).isEmpty(), "some assignments still need people");
    }

    @Test
    void withoutAlversUnitsNothingLoads() {
        no.planverk.platform.testing.MemoryUnits all = f.units();
        no.planverk.platform.api.OrgUnitService bergenOnly = new no.planverk.platform.api.OrgUnitService() {
            @Override
            public List<no.planverk.platform.api.OrgUnit> list() {
                return all.list().stream().filter(u -> !u.code().startsWith("ALV")).toList();
            }

            @Override
            public java.util.Optional<no.planverk.platform.api.OrgUnit> find(long id) {
                return all.find(id).filter(u -> !u.code().startsWith("ALV"));
            }

            @Override
            public java.util.Optional<no.planverk.platform.api.OrgUnit> findByCode(String code) {
                return all.findByCode(code).filter(u -> !u.code().startsWith("ALV"));
            }

            @Override
            public no.planverk.platform.api.OrgUnit create(no.planverk.platform.api.OrgUnitDraft d, UserContext by) {
                throw new UnsupportedOperationException();
            }

            @Override
            public no.planverk.platform.api.OrgUnit update(long id, long version, no.planverk.platform.api.OrgUnitDraft d, UserContext by) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void delete(long id, long version, UserContext by) {
                throw new UnsupportedOperationException();
            }
        };
        DemoVolunteers.load(new DemoVolunteers.Services(bergenOnly, f.organisations(), f.volunteers(), f.assignments(), f.hours(),
                f.transfer()), TODAY);
        assertTrue(f.organisations().list(null).isEmpty());
    }
}
