package no.planverk.volunteers.core.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.AssignmentDraft;
import no.planverk.volunteers.api.Check;
import no.planverk.volunteers.api.Consent;
import no.planverk.volunteers.api.PoliceCertificate;
import no.planverk.volunteers.api.Schedule;
import no.planverk.volunteers.api.TimeSlot;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerDraft;
import no.planverk.volunteers.api.VolunteerStatus;

/** Users and invented volunteers and assignments for the tests (the names are made up). */
final class Samples {

    static final UserContext COORDINATOR = UserContext.of("koordinator", Role.COORDINATOR);
    static final UserContext ADMIN = UserContext.of("admin", Role.ADMIN);
    static final UserContext READER = UserContext.of("lesar", Role.READER);
    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    /** Leader in Helse og omsorg; the volunteer contact of Heimetenester once a test names him. */
    static final UserContext LEADER = UserContext.of("einingsleiar", Role.UNIT_LEADER).withUnits("ALV-HO");
    /** Wednesday 25 November 2026, the fixture's today. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** Tuesday 1 December 2026. */
    static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

    private Samples() {
    }

    static LocalTime at(int hour) {
        return LocalTime.of(hour, 0);
    }

    static VolunteerDraft volunteer(String name, List<String> skills, String... slots) {
        return new VolunteerDraft(name, null, null, null, List.of(), skills, List.of("norsk"), List.of(slots).stream().map(TimeSlot::parse)
                .toList(), List.of(), List.of(), new Consent(LocalDate.of(2026, 1, 5), List.of("matching", "contact")),
                new PoliceCertificate(LocalDate.of(2025, 1, 10), LocalDate.of(2028, 1, 10)), LocalDate.of(2025, 1, 10), null);
    }

    /** A weekly assignment on Tuesdays 10-12 from 1 December 2026. */
    static AssignmentDraft tuesdayWalks(long unitId, int needed, Set<Check> checks, List<String> skills) {
        return new AssignmentDraft(unitId, 2, "Turvenn", "Gå tur med bebuar", "Knarvik", null,
                Schedule.weekly(DayOfWeek.TUESDAY, DEC_1, null, at(10), at(12)), needed, checks, skills);
    }

    static AssignmentDraft once(long unitId, LocalDate day, int from, int to) {
        return new AssignmentDraft(unitId, 3, "Julemarknad", null, "Frekhaug", null, Schedule.once(day, at(from), at(to)), 2, Set.of(),
                List.of());
    }

    static BigDecimal hours(String h) {
        return new BigDecimal(h);
    }

    /** A volunteer record as the matching sees it, without the database. */
    static Volunteer record(long id, VolunteerStatus status, List<String> skills, List<String> interests, List<TimeSlot> slots,
            List<Long> units, List<Integer> steps, PoliceCertificate certificate) {
        return new Volunteer(id, status, "Test Testesen " + id, null, null, null, interests, skills, List.of(), slots, units, steps, null,
                certificate, null, null, TODAY, 1);
    }

    static Assignment assignment(long id, long unitId, int step, Schedule schedule, int needed, int filled, Set<Check> checks,
            List<String> skills) {
        return new Assignment(id, unitId, step, "Turvenn", "Gå tur med bebuar", "Knarvik", null, schedule, needed, checks, skills, filled, 1);
    }
}
