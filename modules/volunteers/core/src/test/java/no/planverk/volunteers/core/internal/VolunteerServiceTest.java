package no.planverk.volunteers.core.internal;

import static no.planverk.volunteers.core.internal.Samples.COORDINATOR;
import static no.planverk.volunteers.core.internal.Samples.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.volunteers.api.Organisation;
import no.planverk.volunteers.api.OrganisationDraft;
import no.planverk.volunteers.api.PoliceCertificate;
import no.planverk.volunteers.api.Reminder;
import no.planverk.volunteers.api.TimeSlot;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerDraft;
import no.planverk.volunteers.api.VolunteerService;
import no.planverk.volunteers.api.VolunteerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VolunteerServiceTest {

    final VolunteersFixture f = VolunteersFixture.inMemory();
    final VolunteerService volunteers = f.volunteers();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void registersAnApplicantWithEveryFieldAndReadsItBack() {
        Organisation org = f.organisations().create(new OrganisationDraft("Alver sanitetslag (oppdikta)", "974760673", null, null, null,
                List.of("besøksven"), List.of()), COORDINATOR);
        VolunteerDraft d = new VolunteerDraft(" Test Testesen ", "test@example.org", "+47 400 00 000", org.id(), List.of("Tur", "song"),
                List.of("førstehjelp"), List.of("norsk", "engelsk"), List.of(TimeSlot.parse("tue 10:00-14:00")), List.of(f.units()
                .id("ALV-HO-HEIM")), List.of(2, 1), null, new PoliceCertificate(LocalDate.of(2025, 3, 1), LocalDate.of(2028, 3, 1)),
                LocalDate.of(2025, 3, 1), "Ønskjer ikkje kveldar");
        Volunteer v = volunteers.create(d, COORDINATOR);
        assertEquals(VolunteerStatus.APPLICANT, v.status());
        assertEquals("Test Testesen", v.name());
        assertEquals(List.of("tur", "song"), v.interests());
        assertEquals(List.of(1, 2), v.preferredSteps());
        assertEquals(TODAY, v.registered());
        assertEquals(v, volunteers.profile(v.id(), COORDINATOR));
        assertEquals(List.of("create", "read"), f.audit().calls().stream().skip(1).map(c -> c.action()).toList());
    }

    @Test
    void refusesBadFieldsNamingEachAndAnUnknownOrganisation() {
        VolunteerDraft bad = new VolunteerDraft(" ", "no-address", "abc", null, null, null, null, null, null, List.of(5), null,
                new PoliceCertificate(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1)), null, null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> volunteers.create(bad, COORDINATOR));
        assertEquals(List.of("name", "email", "phone", "preferredSteps", "policeCertificate"), List.copyOf(e.fieldErrors().keySet()));
        InvalidInputException org = assertThrows(InvalidInputException.class, () -> volunteers.create(new VolunteerDraft("Test Testesen",
                null, null, 999L, null, null, null, null, null, null, null, null, null, null), COORDINATOR));
        assertEquals(List.of("organisationId"), List.copyOf(org.fieldErrors().keySet()));
        assertTrue(volunteers.list(null, null, COORDINATOR).isEmpty());
    }

    @Test
    void statusMovesOnlyAlongAllowedPathsAndAStaleVersionIsRefused() {
        Volunteer v = volunteers.create(VolunteerDraft.of("Test Testesen"), COORDINATOR);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> volunteers.changeStatus(v.id(), v.version(),
                VolunteerStatus.PAUSED, COORDINATOR));
        assertTrue(e.getMessage().contains("from applicant one goes to active or archived"), e.getMessage());
        Volunteer active = volunteers.changeStatus(v.id(), v.version(), VolunteerStatus.ACTIVE, COORDINATOR);
        assertEquals(VolunteerStatus.ACTIVE, active.status());
        assertThrows(StaleVersionException.class, () -> volunteers.changeStatus(v.id(), v.version(), VolunteerStatus.PAUSED, COORDINATOR));
        assertThrows(StaleVersionException.class, () -> volunteers.update(v.id(), v.version(), VolunteerDraft.of("X"), COORDINATOR));
    }

    @Test
    void listFiltersByStatusNameAndSkill() {
        volunteers.create(Samples.volunteer("Test Testesen", List.of("bil")), COORDINATOR);
        Volunteer kari = volunteers.create(Samples.volunteer("Kari Prøvesen", List.of("førstehjelp")), COORDINATOR);
        volunteers.changeStatus(kari.id(), kari.version(), VolunteerStatus.ACTIVE, COORDINATOR);
        assertEquals(List.of("Kari Prøvesen", "Test Testesen"), volunteers.list(null, null, COORDINATOR).stream().map(s -> s.name()).toList());
        assertEquals(List.of("Kari Prøvesen"), volunteers.list(VolunteerStatus.ACTIVE, null, COORDINATOR).stream().map(s -> s.name()).toList());
        assertEquals(List.of("Test Testesen"), volunteers.list(null, "TESTE", COORDINATOR).stream().map(s -> s.name()).toList());
        assertEquals(List.of("Kari Prøvesen"), volunteers.list(null, "førstehjelp", COORDINATOR).stream().map(s -> s.name()).toList());
        assertFalse(volunteers.list(null, "førstehjelp", COORDINATOR).get(0).skills().isEmpty());
    }

    @Test
    void remindsOfCertificatesExpiringOrExpiredAndOfIdleVolunteers() {
        Volunteer soon = active(new PoliceCertificate(LocalDate.of(2024, 1, 1), TODAY.plusDays(20)), "Test Snart");
        Volunteer gone = active(new PoliceCertificate(LocalDate.of(2023, 1, 1), TODAY.minusDays(3)), "Test Utgått");
        active(new PoliceCertificate(LocalDate.of(2024, 1, 1), TODAY.plusDays(31)), "Test Lenge");
        List<Reminder> r = volunteers.reminders(30, 6, COORDINATOR);
        assertEquals(List.of(Reminder.Kind.CERTIFICATE_EXPIRED, Reminder.Kind.CERTIFICATE_EXPIRING), r.stream().map(Reminder::kind).toList());
        assertEquals(List.of(gone.id(), soon.id()), r.stream().map(Reminder::volunteerId).toList());
        // all were registered today, so none has been idle for six months yet
        assertTrue(r.stream().noneMatch(x -> x.kind() == Reminder.Kind.NO_ASSIGNMENT));
        VolunteersFixture later = VolunteersFixture.inMemory(java.time.Clock.offset(VolunteersFixture.CLOCK, java.time.Duration.ofDays(200)));
        try (later) {
            Volunteer v = later.volunteers().create(VolunteerDraft.of("Test Ledig"), COORDINATOR);
            later.volunteers().changeStatus(v.id(), v.version(), VolunteerStatus.ACTIVE, COORDINATOR);
            assertTrue(later.volunteers().reminders(30, 6, COORDINATOR).isEmpty(), "registered today");
        }
    }

    private Volunteer active(PoliceCertificate c, String name) {
        Volunteer v = volunteers.create(new VolunteerDraft(name, null, null, null, null, null, null, null, null, null, null, c, null, null),
                COORDINATOR);
        return volunteers.changeStatus(v.id(), v.version(), VolunteerStatus.ACTIVE, COORDINATOR);
    }
}
