package no.planverk.volunteers.core.internal;

import static no.planverk.volunteers.core.internal.Samples.DEC_1;
import static no.planverk.volunteers.core.internal.Samples.TODAY;
import static no.planverk.volunteers.core.internal.Samples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.Check;
import no.planverk.volunteers.api.Conflict;
import no.planverk.volunteers.api.Conflict.Kind;
import no.planverk.volunteers.api.PoliceCertificate;
import no.planverk.volunteers.api.Schedule;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerStatus;
import org.junit.jupiter.api.Test;

class ConflictsTest {

    final Assignment walks = Samples.assignment(1, 3, 2, Schedule.weekly(DayOfWeek.TUESDAY, DEC_1, LocalDate.of(2027, 6, 30), at(10),
            at(12)), 2, 0, Set.of(Check.POLICE_CERTIFICATE, Check.CONFIDENTIALITY), List.of("bil"));

    Volunteer with(PoliceCertificate c, VolunteerStatus status) {
        return Samples.record(1, status, List.of("bil"), List.of(), List.of(), List.of(), List.of(), c);
    }

    static List<Kind> kinds(List<Conflict> conflicts) {
        return conflicts.stream().map(Conflict::kind).toList();
    }

    @Test
    void aCertificateThatIsMissingExpiredOrExpiringIsShown() {
        // the sample record has no confidentiality declaration
        assertEquals(List.of(Kind.CERTIFICATE_MISSING, Kind.CONFIDENTIALITY_MISSING), kinds(Conflicts.find(with(null,
                VolunteerStatus.ACTIVE), walks, List.of(), TODAY)));
        assertEquals(Kind.CERTIFICATE_EXPIRED, Conflicts.find(with(new PoliceCertificate(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 11,
                30)), VolunteerStatus.ACTIVE), walks, List.of(), TODAY).get(0).kind());
        Conflict expiring = Conflicts.find(with(new PoliceCertificate(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 3, 1)),
                VolunteerStatus.ACTIVE), walks, List.of(), TODAY).get(0);
        assertEquals(Kind.CERTIFICATE_EXPIRES, expiring.kind());
        assertEquals("The police certificate expires 2027-03-01, before the assignment ends", expiring.message());
        assertEquals(List.of(Kind.CONFIDENTIALITY_MISSING), kinds(Conflicts.find(with(new PoliceCertificate(LocalDate.of(2024, 1, 1),
                LocalDate.of(2027, 12, 1)), VolunteerStatus.ACTIVE), walks, List.of(), TODAY)), "valid past the end: no warning");
    }

    @Test
    void doubleBookingFullAssignmentMissingSkillAndInactiveVolunteer() {
        PoliceCertificate ok = new PoliceCertificate(LocalDate.of(2024, 1, 1), null);
        Assignment market = Samples.assignment(2, 3, 3, Schedule.once(LocalDate.of(2026, 12, 8), at(11), at(15)), 2, 0, Set.of(),
                List.of());
        Assignment thursdays = Samples.assignment(3, 3, 3, Schedule.weekly(DayOfWeek.THURSDAY, DEC_1, null, at(10), at(12)), 1, 1,
                Set.of(), List.of());
        Volunteer paused = Samples.record(9, VolunteerStatus.PAUSED, List.of(), List.of(), List.of(), List.of(), List.of(), ok);
        List<Conflict> c = Conflicts.find(paused, market, List.of(walks, thursdays), TODAY);
        // 8 December is a Tuesday: 11-15 meets the walks at 10-12
        assertEquals(List.of(Kind.NOT_ACTIVE, Kind.DOUBLE_BOOKING), kinds(c));
        assertEquals(1L, c.get(1).otherAssignmentId());
        assertEquals(List.of(Kind.SKILL_MISSING, Kind.FULL), kinds(Conflicts.find(Samples.record(8, VolunteerStatus.ACTIVE, List.of(),
                List.of(), List.of(), List.of(), List.of(), ok), Samples.assignment(4, 3, 1, Schedule.once(DEC_1, at(8), at(9)), 1, 1,
                Set.of(), List.of("bil")), List.of(thursdays), TODAY)));
    }
}
