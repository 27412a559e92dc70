package no.planverk.volunteers.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    static final LocalTime TEN = LocalTime.of(10, 0);
    static final LocalTime NOON = LocalTime.of(12, 0);

    @Test
    void aWeeklyAssignmentOverlapsAOneOffOnItsWeekdayAtTheSameTimeOnly() {
        // 1 December 2026 is a Tuesday
        Schedule weekly = Schedule.weekly(DayOfWeek.TUESDAY, LocalDate.of(2026, 12, 1), null, TEN, NOON);
        assertTrue(weekly.overlaps(Schedule.once(LocalDate.of(2026, 12, 8), LocalTime.of(11, 30), LocalTime.of(13, 0))));
        assertFalse(weekly.overlaps(Schedule.once(LocalDate.of(2026, 12, 8), NOON, LocalTime.of(13, 0))), "touching is no overlap");
        assertFalse(weekly.overlaps(Schedule.once(LocalDate.of(2026, 12, 9), TEN, NOON)), "a Wednesday");
        assertFalse(weekly.overlaps(Schedule.once(LocalDate.of(2026, 11, 24), TEN, NOON)), "a Tuesday before it starts");
    }

    @Test
    void twoWeeklyAssignmentsOverlapOnlyWhenTheirPeriodsShareTheWeekday() {
        Schedule a = Schedule.weekly(DayOfWeek.TUESDAY, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), TEN, NOON);
        assertTrue(a.overlaps(Schedule.weekly(DayOfWeek.TUESDAY, LocalDate.of(2026, 12, 20), null, TEN, NOON)));
        assertFalse(a.overlaps(Schedule.weekly(DayOfWeek.TUESDAY, LocalDate.of(2027, 1, 1), null, TEN, NOON)), "starts after a ends");
        assertFalse(a.overlaps(Schedule.weekly(DayOfWeek.THURSDAY, LocalDate.of(2026, 12, 1), null, TEN, NOON)));
        // 30-31 December 2026 are a Wednesday and a Thursday: the periods meet, but on no Tuesday
        assertFalse(a.overlaps(Schedule.weekly(DayOfWeek.TUESDAY, LocalDate.of(2026, 12, 30), null, TEN, NOON)));
    }

    @Test
    void aOneOffEndsOnItsDayAndAWeeklyWithoutEndRunsOn() {
        Schedule once = new Schedule(LocalDate.of(2026, 12, 3), LocalDate.of(2027, 1, 1), null, TEN, NOON);
        assertEquals(LocalDate.of(2026, 12, 3), once.end());
        assertTrue(once.runningOn(LocalDate.of(2026, 12, 3)));
        assertFalse(once.runningOn(LocalDate.of(2026, 12, 4)));
        assertTrue(Schedule.weekly(DayOfWeek.MONDAY, LocalDate.of(2020, 1, 6), null, TEN, NOON).runningOn(LocalDate.of(2030, 1, 1)));
        assertEquals(120, once.minutes());
    }

    @Test
    void occurrencesForACalendar() {
        Schedule weekly = Schedule.weekly(DayOfWeek.TUESDAY, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), TEN, NOON);
        assertEquals(java.util.List.of(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 15)), weekly.occurrences(LocalDate.of(2026, 12,
                2), LocalDate.of(2026, 12, 31)));
        assertEquals(java.util.List.of(), Schedule.once(LocalDate.of(2026, 12, 3), TEN, NOON).occurrences(LocalDate.of(2026, 12, 4),
                LocalDate.of(2026, 12, 31)));
    }

    @Test
    void timeSlotsReadEnglishAndNorwegianDays() {
        assertEquals(new TimeSlot(DayOfWeek.MONDAY, TEN, LocalTime.of(14, 0)), TimeSlot.parse("Mon 10:00-14:00"));
        assertEquals(new TimeSlot(DayOfWeek.SATURDAY, LocalTime.of(9, 0), NOON), TimeSlot.parse("lør 9:00-12:00"));
        assertEquals("sat 09:00-12:00", TimeSlot.parse("laurdag 9:00-12:00").toString());
        assertEquals(DayOfWeek.TUESDAY, TimeSlot.parse("tysdag 9:00-12:00").day());
        assertThrows(IllegalArgumentException.class, () -> TimeSlot.parse("mon 14:00-10:00"));
        assertThrows(IllegalArgumentException.class, () -> TimeSlot.parse("someday 10:00-12:00"));
        assertEquals(60, TimeSlot.parse("tue 11:00-14:00").overlapMinutes(DayOfWeek.TUESDAY, TEN, NOON));
        assertEquals(0, TimeSlot.parse("tue 11:00-14:00").overlapMinutes(DayOfWeek.WEDNESDAY, TEN, NOON));
    }

    @Test
    void statusesMoveOnlyAlongTheAllowedPaths() {
        assertEquals(Set.of(VolunteerStatus.ACTIVE, VolunteerStatus.ARCHIVED), VolunteerStatus.APPLICANT.next());
        assertTrue(VolunteerStatus.ACTIVE.canMoveTo(VolunteerStatus.PAUSED));
        assertTrue(VolunteerStatus.PAUSED.canMoveTo(VolunteerStatus.ACTIVE));
        assertFalse(VolunteerStatus.APPLICANT.canMoveTo(VolunteerStatus.PAUSED));
        assertFalse(VolunteerStatus.ARCHIVED.canMoveTo(VolunteerStatus.ACTIVE));
        assertTrue(VolunteerStatus.ARCHIVED.canMoveTo(VolunteerStatus.APPLICANT));
    }

    @Test
    void aPoliceCertificateIsValidFromItsCheckUntilItsExpiry() {
        PoliceCertificate c = new PoliceCertificate(LocalDate.of(2024, 1, 10), LocalDate.of(2027, 1, 10));
        assertFalse(c.validOn(LocalDate.of(2024, 1, 9)));
        assertTrue(c.validOn(LocalDate.of(2027, 1, 10)));
        assertFalse(c.validOn(LocalDate.of(2027, 1, 11)));
    }
}
