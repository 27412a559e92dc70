package no.planverk.volunteers.core.internal;

import static no.planverk.volunteers.core.internal.Samples.DEC_1;
import static no.planverk.volunteers.core.internal.Samples.TODAY;
import static no.planverk.volunteers.core.internal.Samples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.Check;
import no.planverk.volunteers.api.PoliceCertificate;
import no.planverk.volunteers.api.Schedule;
import no.planverk.volunteers.api.Score;
import no.planverk.volunteers.api.TimeSlot;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerStatus;
import org.junit.jupiter.api.Test;

/** Scores worked out by hand from the rules in {@link Matching}. */
class MatchingTest {

    static final PoliceCertificate VALID = new PoliceCertificate(LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1));
    /** Unit 3 (Heimetenester) lies below 2 (Helse og omsorg) below 1 (Alver). */
    static final Set<Long> ABOVE = Set.of(3L, 2L, 1L);

    /** Tuesdays 10-12 from 1 December, step 2, needs first aid and a car and a police certificate. */
    final Assignment walks = Samples.assignment(1, 3, 2, Schedule.weekly(DayOfWeek.TUESDAY, DEC_1, null, at(10), at(12)), 2, 0,
            Set.of(Check.POLICE_CERTIFICATE), List.of("førstehjelp", "bil"));

    @Test
    void halfTheSkillsAnInterestHalfTheTimeAndBothPreferences() {
        Volunteer v = Samples.record(1, VolunteerStatus.ACTIVE, List.of("førstehjelp"), List.of("tur"), List.of(TimeSlot.parse(
                "tue 11:00-14:00")), List.of(2L), List.of(2), VALID);
        // skills 40 * 1/2 = 20; "tur" is in "Turvenn": 15; 11-12 of 10-12: 25 * 0.5 = 12.5 -> 13; unit 2 is above 3: 10; step 2: 10
        assertEquals(new Score(20, 15, 13, 10, 10), Matching.score(v, walks, ABOVE));
        assertEquals(68, Matching.score(v, walks, ABOVE).total());
    }

    @Test
    void allSkillsOverlappingSlotsCountOnceAndNoPreferenceIsHalf() {
        Volunteer v = Samples.record(2, VolunteerStatus.ACTIVE, List.of("bil", "førstehjelp"), List.of("song"), List.of(
                TimeSlot.parse("tue 09:00-10:30"), TimeSlot.parse("tue 10:15-11:00"), TimeSlot.parse("wed 10:00-12:00")), List.of(),
                List.of(1), VALID);
        // skills 40; no interest in the text: 0; 10:00-11:00 covered once: 25 * 60/120 = 12.5 -> 13; no unit preference: 5; step 1: 0
        assertEquals(new Score(40, 0, 13, 5, 0), Matching.score(v, walks, ABOVE));
        assertEquals(58, Matching.score(v, walks, ABOVE).total());
    }

    @Test
    void noRequiredSkillsGiveFullSkillPointsAndAWrongUnitNone() {
        Assignment open = Samples.assignment(2, 3, 4, Schedule.once(LocalDate.of(2026, 12, 3), at(18), at(20)), 1, 0, Set.of(), List.of());
        // 3 December 2026 is a Thursday; the slot covers 18-20 fully
        Volunteer v = Samples.record(3, VolunteerStatus.ACTIVE, List.of(), List.of(), List.of(TimeSlot.parse("thu 17:00-21:00")),
                List.of(7L), List.of(), null);
        assertEquals(new Score(40, 0, 25, 0, 5), Matching.score(v, open, ABOVE));
    }

    @Test
    void onlyActiveVolunteersWithEveryRequiredCheckTakePart() {
        List<TimeSlot> slots = List.of(TimeSlot.parse("tue 10:00-12:00"));
        assertTrue(Matching.eligible(Samples.record(4, VolunteerStatus.ACTIVE, List.of(), List.of(), slots, List.of(), List.of(), VALID),
                walks, TODAY));
        assertFalse(Matching.eligible(Samples.record(5, VolunteerStatus.PAUSED, List.of(), List.of(), slots, List.of(), List.of(), VALID),
                walks, TODAY), "paused");
        assertFalse(Matching.eligible(Samples.record(6, VolunteerStatus.ACTIVE, List.of(), List.of(), slots, List.of(), List.of(), null),
                walks, TODAY), "no certificate");
        // expired the day before the first Tuesday
        PoliceCertificate expired = new PoliceCertificate(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 11, 30));
        assertFalse(Matching.eligible(Samples.record(7, VolunteerStatus.ACTIVE, List.of(), List.of(), slots, List.of(), List.of(),
                expired), walks, TODAY), "expired before the first day");
    }
}
