package no.planverk.volunteers.core.internal;

import static no.planverk.volunteers.core.internal.Samples.COORDINATOR;
import static no.planverk.volunteers.core.internal.Samples.DEC_1;
import static no.planverk.volunteers.core.internal.Samples.LEADER;
import static no.planverk.volunteers.core.internal.Samples.READER;
import static no.planverk.volunteers.core.internal.Samples.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.volunteers.api.AssignResult;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentMatch;
import no.planverk.volunteers.api.AssignmentQuery;
import no.planverk.volunteers.api.AssignmentService;
import no.planverk.volunteers.api.Check;
import no.planverk.volunteers.api.Conflict.Kind;
import no.planverk.volunteers.api.Match;
import no.planverk.volunteers.api.PoliceCertificate;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerDraft;
import no.planverk.volunteers.api.VolunteerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AssignmentServiceTest {

    final VolunteersFixture f = VolunteersFixture.inMemory();
    final AssignmentService assignments = f.assignments();

    @AfterEach
    void close() {
        f.close();
    }

    long heim() {
        return f.units().id("ALV-HO-HEIM");
    }

    Volunteer active(VolunteerDraft d) {
        Volunteer v = f.volunteers().create(d, COORDINATOR);
        return f.volunteers().changeStatus(v.id(), v.version(), VolunteerStatus.ACTIVE, COORDINATOR);
    }

    @Test
    void listsByUnitWithTheUnitsBelowOpenOnesAndStep() {
        Assignment walks = assignments.create(Samples.tuesdayWalks(heim(), 1, Set.of(), List.of()), COORDINATOR);
        Assignment past = assignments.create(Samples.once(f.units().id("ALV-KUL-FRIV"), TODAY.minusDays(1), 10, 12), COORDINATOR);
        assertEquals(List.of(past.id(), walks.id()), assignments.list(AssignmentQuery.all()).stream().map(Assignment::id).toList());
        assertEquals(List.of(walks.id()), assignments.list(new AssignmentQuery(f.units().id("ALV-HO"), false, null)).stream()
                .map(Assignment::id).toList());
        assertEquals(List.of(walks.id()), assignments.list(new AssignmentQuery(null, true, null)).stream().map(Assignment::id).toList());
        assertEquals(List.of(past.id()), assignments.list(new AssignmentQuery(null, false, 3)).stream().map(Assignment::id).toList());
        Volunteer v = active(Samples.volunteer("Test Testesen", List.of()));
        assignments.assign(walks.id(), v.id(), COORDINATOR);
        assertTrue(assignments.list(new AssignmentQuery(null, true, null)).isEmpty(), "full");
        assertEquals(1, assignments.find(walks.id()).orElseThrow().filled());
    }

    @Test
    void unitLeadersManageTheirOwnUnitsAssignmentsReadersNone() {
        assignments.create(Samples.tuesdayWalks(heim(), 1, Set.of(), List.of()), LEADER);
        assertThrows(AccessDeniedException.class, () -> assignments.create(Samples.tuesdayWalks(f.units().id("ALV-KUL"), 1, Set.of(),
                List.of()), LEADER));
        assertThrows(AccessDeniedException.class, () -> assignments.create(Samples.tuesdayWalks(heim(), 1, Set.of(), List.of()), READER));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> assignments.create(new no.planverk.volunteers.api
                .AssignmentDraft(heim(), 5, " ", null, null, null, null, 0, null, null), COORDINATOR));
        assertEquals(List.of("step", "title", "schedule", "needed"), List.copyOf(e.fieldErrors().keySet()));
        assertEquals(1, assignments.list(AssignmentQuery.all()).size());
    }

    @Test
    void placingShowsDoubleBookingAndExpiredCertificateButStillPlaces() {
        Assignment walks = assignments.create(Samples.tuesdayWalks(heim(), 2, Set.of(Check.POLICE_CERTIFICATE), List.of()), COORDINATOR);
        // Tuesday 8 December, 11-14: meets the walks at 10-12
        Assignment market = assignments.create(Samples.once(heim(), LocalDate.of(2026, 12, 8), 11, 14), COORDINATOR);
        Volunteer v = active(new VolunteerDraft("Test Testesen", null, null, null, null, null, null, null, null, null, null,
                new PoliceCertificate(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 11, 30)), null, null));
        AssignResult first = assignments.assign(walks.id(), v.id(), COORDINATOR);
        assertEquals(List.of(Kind.CERTIFICATE_EXPIRED), first.conflicts().stream().map(c -> c.kind()).toList());
        assertEquals(DEC_1, first.placement().from());
        AssignResult second = assignments.assign(market.id(), v.id(), COORDINATOR);
        assertEquals(List.of(Kind.DOUBLE_BOOKING), second.conflicts().stream().map(c -> c.kind()).toList());
        assertEquals(walks.id(), second.conflicts().get(0).otherAssignmentId());
        assertThrows(InvalidInputException.class, () -> assignments.assign(walks.id(), v.id(), COORDINATOR), "twice");
        assertThrows(AccessDeniedException.class, () -> assignments.assign(walks.id(), v.id(), LEADER), "coordinators place");
        assignments.unassign(walks.id(), v.id(), COORDINATOR);
        assertEquals(0, assignments.find(walks.id()).orElseThrow().filled());
        assertEquals(DEC_1.minusDays(1), assignments.placements(walks.id(), COORDINATOR).get(0).to(), "never began");
    }

    @Test
    void matchesRankEligibleVolunteersByScoreAndSuggestAssignmentsForAVolunteer() {
        Assignment walks = assignments.create(Samples.tuesdayWalks(heim(), 2, Set.of(Check.POLICE_CERTIFICATE), List.of("førstehjelp")),
                COORDINATOR);
        Volunteer best = active(Samples.volunteer("Test Best", List.of("førstehjelp"), "tue 10:00-12:00"));
        Volunteer half = active(Samples.volunteer("Test Halv", List.of(), "tue 11:00-12:00"));
        Volunteer noCertificate = active(new VolunteerDraft("Test Utan", null, null, null, null, List.of("førstehjelp"), null, null, null,
                null, null, null, null, null));
        f.volunteers().create(Samples.volunteer("Test Søkjar", List.of("førstehjelp"), "tue 10:00-12:00"), COORDINATOR);
        List<Match> m = assignments.matches(walks.id(), COORDINATOR);
        // best: 40 + 0 + 25 + 5 + 5 = 75; half: 0 + 0 + 12.5 -> 13 + 5 + 5 = 23; the one without a certificate and the applicant are out
        assertEquals(List.of(best.id(), half.id()), m.stream().map(Match::volunteerId).toList());
        assertEquals(List.of(75, 23), m.stream().map(Match::score).toList());
        // the samples' certificates expire in 2028, before the open-ended walks end
        assertEquals(List.of(Kind.CERTIFICATE_EXPIRES, Kind.SKILL_MISSING), m.get(1).warnings().stream().map(c -> c.kind()).toList());
        assertTrue(assignments.suitable(noCertificate.id(), COORDINATOR).isEmpty());
        List<AssignmentMatch> forBest = assignments.suitable(best.id(), COORDINATOR);
        assertEquals(List.of(walks.id()), forBest.stream().map(x -> x.assignment().id()).toList());
        assignments.assign(walks.id(), best.id(), COORDINATOR);
        assertTrue(assignments.suitable(best.id(), COORDINATOR).isEmpty(), "placed already");
        assertEquals(List.of(half.id()), assignments.matches(walks.id(), COORDINATOR).stream().map(Match::volunteerId).toList());
        assertThrows(AccessDeniedException.class, () -> assignments.matches(walks.id(), READER));
    }

    @Test
    void anAssignmentWithHoursCannotBeDeletedOneWithoutCan() {
        Assignment a = assignments.create(Samples.once(heim(), TODAY, 9, 11), COORDINATOR);
        Assignment b = assignments.create(Samples.once(heim(), TODAY, 12, 13), COORDINATOR);
        Volunteer v = active(Samples.volunteer("Test Testesen", List.of()));
        assignments.assign(a.id(), v.id(), COORDINATOR);
        f.hours().log(new no.planverk.volunteers.api.HoursDraft(a.id(), v.id(), TODAY, Samples.hours("2")), COORDINATOR);
        assertThrows(InvalidInputException.class, () -> assignments.delete(a.id(), a.version(), COORDINATOR));
        assignments.delete(b.id(), b.version(), COORDINATOR);
        assertEquals(List.of(a.id()), assignments.list(AssignmentQuery.all()).stream().map(Assignment::id).toList());
    }

    @Test
    void aPlacementMayBeRecordedAfterwardsSoPastHoursCanBeLogged() {
        // Tuesdays 10-12 from 3 November 2026
        Assignment a = assignments.create(new no.planverk.volunteers.api.AssignmentDraft(heim(), 2, "Turvenn", null, "Knarvik", null,
                no.planverk.volunteers.api.Schedule.weekly(java.time.DayOfWeek.TUESDAY, LocalDate.of(2026, 11, 3), null, Samples.at(10),
                Samples.at(12)), 2, Set.of(), List.of()), COORDINATOR);
        Volunteer v = active(Samples.volunteer("Test Testesen", List.of()));
        assertEquals(Set.of("from"), assertThrows(InvalidInputException.class, () -> assignments.assign(a.id(), v.id(),
                LocalDate.of(2026, 11, 2), COORDINATOR)).fieldErrors().keySet());
        assertEquals(LocalDate.of(2026, 11, 10), assignments.assign(a.id(), v.id(), LocalDate.of(2026, 11, 10), COORDINATOR).placement()
                .from());
        f.hours().log(new no.planverk.volunteers.api.HoursDraft(a.id(), v.id(), LocalDate.of(2026, 11, 17), Samples.hours("2")),
                COORDINATOR);
        assertEquals(new java.math.BigDecimal("2.00"), f.hours().yearly(2026).hours());
    }
}
