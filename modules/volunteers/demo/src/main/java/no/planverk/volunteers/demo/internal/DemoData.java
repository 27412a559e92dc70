package no.planverk.volunteers.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planverk.volunteers.api.AssignmentDraft;
import no.planverk.volunteers.api.Check;
import no.planverk.volunteers.api.Consent;
import no.planverk.volunteers.api.PoliceCertificate;
import no.planverk.volunteers.api.Schedule;
import no.planverk.volunteers.api.TimeSlot;
import no.planverk.volunteers.api.VolunteerDraft;
import no.planverk.volunteers.api.VolunteerStatus;

/**
 * The demo's volunteers and assignments. Every person is invented ("oppdikta"); dates are relative to the day
 * the demo loads, so reminders and open assignments show. The six places are Alver's local centres.
 */
final class DemoData {

    static final String INVENTED = "Oppdikta person (demodata)";
    static final List<String> PLACES = List.of("Knarvik", "Frekhaug", "Manger", "Lindås", "Ostereidet", "Rossland");

    /** An invented volunteer, the status to give them and the organisation (by number) they come through. */
    record Person(VolunteerDraft draft, VolunteerStatus status, String orgNumber) {
    }

    /** An assignment with its unit code and organisation number (or null). */
    record Task(String unit, String orgNumber, AssignmentDraft draft) {
    }

    private DemoData() {
    }

    static List<Person> people(LocalDate today) {
        PoliceCertificate valid = new PoliceCertificate(today.minusYears(1), today.plusYears(2));
        PoliceCertificate expiring = new PoliceCertificate(today.minusYears(3), today.plusDays(20));
        PoliceCertificate expired = new PoliceCertificate(today.minusYears(3), today.minusDays(10));
        return List.of(
                person("Test Testesen", "test.testesen@example.org", List.of("tur", "natur"), List.of("førstehjelp"),
                        "tue 09:00-13:00|thu 13:00-17:00", List.of(2), valid, VolunteerStatus.ACTIVE, "999000029", today),
                person("Testa Testesdotter", "testa@example.org", List.of("strikking", "song"), List.of(), "wed 10:00-14:00",
                        List.of(1), null, VolunteerStatus.ACTIVE, "999000010", today),
                person("Kari Prøvesen", "kari.provesen@example.org", List.of("eldre", "samtale"), List.of("likeperson"), "thu 17:00-21:00",
                        List.of(3, 4), valid, VolunteerStatus.ACTIVE, null, today),
                person("Ola Eksempelsen", "ola.eksempel@example.org", List.of("trening"), List.of("trening", "bil"),
                        "mon 17:00-20:00|fri 10:00-14:00", List.of(1, 3), expiring, VolunteerStatus.ACTIVE, "999000037", today),
                person("Demo Demosen", "demo.demosen@example.org", List.of("musikk"), List.of("gitar"), "thu 13:00-16:00", List.of(4),
                        expired, VolunteerStatus.ACTIVE, "999000045", today),
                person("Prøve Prøvesdotter", "prove@example.org", List.of("handverk", "marknad"), List.of("sal"), "sat 10:00-16:00",
                        List.of(1), null, VolunteerStatus.ACTIVE, "999000045", today),
                person("Fiktiv Fiktivsen", "fiktiv@example.org", List.of("tur"), List.of("bil"), "tue 10:00-12:00|fri 11:00-13:00",
                        List.of(), valid, VolunteerStatus.PAUSED, null, today),
                person("Tenkt Tenkjesen", "tenkt@example.org", List.of("lesing"), List.of(), "wed 12:00-15:00", List.of(2), null,
                        VolunteerStatus.APPLICANT, null, today));
    }

    private static Person person(String name, String email, List<String> interests, List<String> skills, String slots, List<Integer> steps,
            PoliceCertificate certificate, VolunteerStatus status, String orgNumber, LocalDate today) {
        List<TimeSlot> availability = List.of(slots.split("\\|")).stream().map(TimeSlot::parse).toList();
        VolunteerDraft d = new VolunteerDraft(name, email, null, null, interests, skills, List.of("norsk"), availability, List.of(), steps,
                new Consent(today.minusMonths(2), List.of("matching", "contact")), certificate,
                certificate == null ? null : certificate.checked(), INVENTED);
        return new Person(d, status, orgNumber);
    }

    /** Weekly assignments that began a month ago, and one market day in three weeks. */
    static List<Task> tasks(LocalDate today) {
        LocalDate began = today.minusMonths(1);
        LocalDate market = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return List.of(
                new Task("ALV-HO-HEIM", "999000029", draft(2, "Turvenn", "Gå tur med heimebuande eldre", PLACES.get(0),
                        Schedule.weekly(DayOfWeek.TUESDAY, began, null, t(10, 0), t(12, 0)), 3, Set.of(Check.POLICE_CERTIFICATE,
                        Check.CONFIDENTIALITY), List.of())),
                new Task("ALV-KUL-FRIV", "999000010", draft(1, "Strikkekafé", "Open kafé med strikking og prat", PLACES.get(1),
                        Schedule.weekly(DayOfWeek.WEDNESDAY, began, null, t(11, 0), t(13, 0)), 2, Set.of(), List.of())),
                new Task("ALV-HO-INST", "999000045", draft(4, "Song og musikk på sjukeheimen", "Allsong og musikk for bebuarar",
                        PLACES.get(2), Schedule.weekly(DayOfWeek.THURSDAY, began, null, t(14, 0), t(15, 30)), 2,
                        Set.of(Check.POLICE_CERTIFICATE, Check.CONFIDENTIALITY), List.of("gitar"))),
                new Task("ALV-KUL-FRIV", "999000037", draft(1, "Trim for seniorar", "Lett trening i gymsalen", PLACES.get(3),
                        Schedule.weekly(DayOfWeek.MONDAY, began, null, t(18, 0), t(19, 30)), 2, Set.of(), List.of("trening"))),
                new Task("ALV-HO-HEIM", null, draft(3, "Middagsvenn", "Ete middag saman med ein som bur åleine, og køyre heim etterpå",
                        PLACES.get(4), Schedule.weekly(DayOfWeek.FRIDAY, began, null, t(11, 0), t(13, 0)), 1,
                        Set.of(Check.CONFIDENTIALITY), List.of("bil"))),
                new Task("ALV-KUL-FRIV", "999000045", draft(1, "Julemarknad", "Sal av handverk og kaffi", PLACES.get(5),
                        Schedule.once(market, t(10, 0), t(15, 0)), 4, Set.of(), List.of("sal"))),
                new Task("ALV-HO", null, draft(3, "Likepersonsamtale for pårørande", "Likepersonsarbeid: samtale med pårørande til"
                        + " personar med demens", PLACES.get(0), Schedule.weekly(DayOfWeek.THURSDAY, began, null, t(18, 0), t(20, 0)), 1,
                        Set.of(Check.CONFIDENTIALITY), List.of("likeperson"))));
    }

    /** Volunteer contact per unit: user name and display name (the demo users of etc/users.properties). */
    static final Map<String, String[]> CONTACTS = Map.of(
            "ALV-HO", new String[] {"einingsleiar", "Einingsleiar (demo)"},
            "ALV-KUL-FRIV", new String[] {"koordinator", "Frivilligkoordinator (demo)"});

    private static AssignmentDraft draft(int step, String title, String description, String place, Schedule s, int needed,
            Set<Check> checks, List<String> skills) {
        return new AssignmentDraft(0, step, title, description, place, null, s, needed, checks, skills);
    }

    private static LocalTime t(int h, int m) {
        return LocalTime.of(h, m);
    }
}
