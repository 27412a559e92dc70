package no.planverk.consultation.core.internal;

import static no.planverk.consultation.core.internal.ConsultationFixture.PLANNER;
import static no.planverk.consultation.core.internal.ConsultationFixture.READER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import no.planverk.consultation.api.Assessment;
import no.planverk.consultation.api.AssessmentReport;
import no.planverk.consultation.api.Attachment;
import no.planverk.consultation.api.Channel;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.ConsultationService;
import no.planverk.consultation.api.Outcome;
import no.planverk.consultation.api.Phase;
import no.planverk.consultation.api.PublicConsultation;
import no.planverk.consultation.api.Receipt;
import no.planverk.consultation.api.Submission;
import no.planverk.consultation.api.SubmissionDraft;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.StaleVersionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Consultations and their register on real EclipseLink and in-memory Derby. */
class ConsultationServiceTest {

    final ConsultationFixture f = ConsultationFixture.inMemory();
    final ConsultationService s = f.service();
    final LocalDate today = f.today();

    @AfterEach
    void close() {
        f.close();
    }

    static SubmissionDraft kari(boolean publish) {
        return new SubmissionDraft("Kari Nordmann", "Alver pensjonistlag", "kari@example.no", "Vi treng fleire dagtilbod.", "4.2", publish,
                null);
    }

    @Test
    void aPlannerOpensAConsultationAndTheRegisterNumbersSubmissionsFromOne() {
        Consultation c = s.open(ConsultationFixture.draft(today, today.plusDays(42)), PLANNER);
        assertEquals(2, c.parties().size());
        assertEquals(7L, c.revisionId());
        assertEquals(Phase.OPEN, c.phase(today));
        assertEquals(1, s.submit(c.id(), kari(true)).number());
        assertEquals(2, s.submit(c.id(), kari(false)).number());
        Submission letter = s.register(c.id(), Channel.LETTER, new SubmissionDraft("Ola", null, null, "Brev", null, false, null), PLANNER);
        assertEquals(3, letter.number());
        assertEquals(List.of(1, 2, 3), s.submissions(c.id(), PLANNER).stream().map(Submission::number).toList());
        assertEquals(3, s.get(c.id(), READER).submissions());
    }

    @Test
    void afterTheClosingDateThePortalIsRefusedButStaffStillRegisterLettersAndTheNumbersGoOn() {
        Consultation c = s.open(ConsultationFixture.draft(today.minusDays(30), today), PLANNER);
        s.submit(c.id(), kari(true));
        f.advance(Duration.ofDays(1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> s.submit(c.id(), kari(true)));
        assertEquals("consultation.closed", e.message().key());
        Submission late = s.register(c.id(), Channel.EMAIL, kari(false), PLANNER);
        assertEquals(2, late.number());
        assertThrows(InvalidInputException.class, () -> s.register(c.id(), Channel.PORTAL, kari(false), PLANNER));
    }

    @Test
    void beforeTheFirstDayThePortalIsRefused() {
        Consultation c = s.open(ConsultationFixture.draft(today.plusDays(3), today.plusDays(40)), PLANNER);
        assertEquals("consultation.notOpen", assertThrows(InvalidInputException.class, () -> s.submit(c.id(), kari(true))).message().key());
        assertEquals(0, s.get(c.id(), PLANNER).submissions());
    }

    @Test
    void contactDetailsAreForPlannersOnly() {
        Consultation c = s.open(ConsultationFixture.draft(today, today.plusDays(42)), PLANNER);
        s.submit(c.id(), kari(true));
        s.submit(c.id(), kari(false));
        List<Submission> read = s.submissions(c.id(), READER);
        assertNull(read.get(0).email());
        assertEquals("Kari Nordmann", read.get(0).name(), "the name was allowed to be published");
        assertNull(read.get(1).name());
        assertNull(read.get(1).organisation());
        assertEquals("kari@example.no", s.submissions(c.id(), PLANNER).get(1).email());
        assertNull(s.submission(read.get(1).id(), READER).email());
        assertThrows(AccessDeniedException.class, () -> s.open(ConsultationFixture.draft(today, today), READER));
        assertThrows(AccessDeniedException.class, () -> s.register(c.id(), Channel.LETTER, kari(true), READER));
        assertThrows(AccessDeniedException.class, () -> s.exportSubmitter("kari@example.no", READER));
    }

    @Test
    void theAttachmentIsKeptAndReadByPlannersOnly() {
        Consultation c = s.open(ConsultationFixture.draft(today, today.plusDays(42)), PLANNER);
        byte[] pdf = "%PDF-1.4 innspel".getBytes();
        s.submit(c.id(), new SubmissionDraft("Kari", null, null, "Sjå vedlegg", null, false, new Attachment("innspel.pdf", pdf)));
        Submission sub = s.submissions(c.id(), PLANNER).get(0);
        assertEquals(pdf.length, sub.attachmentSize());
        assertEquals("innspel.pdf", s.attachment(sub.id(), PLANNER).fileName());
        assertEquals(new String(pdf), new String(s.attachment(sub.id(), PLANNER).bytes()));
        assertThrows(AccessDeniedException.class, () -> s.attachment(sub.id(), READER));
    }

    @Test
    void anAssessmentIsStoredWithItsVersionAndTheReportHidesNamesWithoutConsent() {
        Consultation c = s.open(ConsultationFixture.draft(today, today.plusDays(42)), PLANNER);
        s.submit(c.id(), kari(true));
        s.submit(c.id(), kari(false));
        List<Submission> subs = s.submissions(c.id(), PLANNER);
        Submission a = s.assess(subs.get(0).id(), subs.get(0).version(), new Assessment("Fleire dagtilbod", "Teke inn", Outcome.TAKEN_IN,
                "4.2"), PLANNER);
        assertEquals(Outcome.TAKEN_IN, a.assessment().outcome());
        assertThrows(StaleVersionException.class, () -> s.assess(a.id(), subs.get(0).version(), new Assessment("x", "y", Outcome.NOTED, null),
                PLANNER));
        AssessmentReport forPlanner = s.assessment(c.id(), PLANNER);
        assertEquals("Kari Nordmann", forPlanner.rows().get(1).submitter());
        assertTrue(s.publishedAssessment(c.id()).isEmpty(), "not published yet");
        s.publishAssessment(c.id(), s.get(c.id(), PLANNER).version(), true, PLANNER);
        AssessmentReport pub = s.publishedAssessment(c.id()).orElseThrow();
        assertEquals("Kari Nordmann", pub.rows().get(0).submitter());
        assertNull(pub.rows().get(1).submitter());
        assertNull(pub.rows().get(1).organisation());
        assertEquals(Outcome.TAKEN_IN, pub.rows().get(0).outcome());
        assertNull(pub.rows().get(1).outcome());
    }

    @Test
    void thePublicListHasTheOpenOnesFirstAndNoPersonalData() {
        Consultation closed = s.open(ConsultationFixture.draft(today.minusDays(90), today.minusDays(30)), PLANNER);
        Consultation open = s.open(ConsultationFixture.draft(today.minusDays(5), today.plusDays(30)), PLANNER);
        Consultation upcoming = s.open(ConsultationFixture.draft(today.plusDays(5), today.plusDays(60)), PLANNER);
        s.submit(open.id(), kari(false));
        List<PublicConsultation> list = s.listPublic();
        assertEquals(List.of(open.id(), upcoming.id(), closed.id()), list.stream().map(PublicConsultation::id).toList());
        assertEquals(Phase.OPEN, list.get(0).phase());
        assertEquals(1, list.get(0).submissions());
        assertEquals(List.of(open.id(), upcoming.id(), closed.id()), s.list(READER).stream().map(Consultation::id).toList());
        assertTrue(s.findPublic(99).isEmpty());
        assertThrows(NotFoundException.class, () -> s.submit(99, kari(true)));
    }

    @Test
    void datesAndThePlanAreChecked() {
        assertEquals("consultation.plan.unknown", assertThrows(InvalidInputException.class, () -> s.open(new no.planverk.consultation.api
                .ConsultationDraft(42, no.planverk.consultation.api.Subject.PLAN, "T", today, today, null, null, null), PLANNER))
                .fieldMessages().get("planId").key());
        Consultation c = s.open(ConsultationFixture.draft(today, today.plusDays(10)), PLANNER);
        assertEquals("consultation.adopted.beforeClose", assertThrows(InvalidInputException.class,
                () -> s.adopted(c.id(), c.version(), today, PLANNER)).fieldMessages().get("adoptedOn").key());
        Consultation adopted = s.adopted(c.id(), c.version(), today.plusDays(60), PLANNER);
        assertEquals(today.plusDays(60), adopted.adoptedOn());
    }

    @Test
    void aConsultationWithSubmissionsCannotBeDeleted() {
        Consultation c = s.open(ConsultationFixture.draft(today, today.plusDays(10)), PLANNER);
        Consultation empty = s.open(ConsultationFixture.draft(today, today.plusDays(10)), PLANNER);
        s.submit(c.id(), kari(true));
        assertThrows(InvalidInputException.class, () -> s.delete(c.id(), c.version(), PLANNER));
        s.delete(empty.id(), empty.version(), PLANNER);
        assertThrows(NotFoundException.class, () -> s.get(empty.id(), PLANNER));
    }

    @Test
    void everyChangeIsAuditedWithoutThePersonalFields() {
        Consultation c = s.open(ConsultationFixture.draft(today, today.plusDays(42)), PLANNER);
        s.submit(c.id(), kari(true));
        Submission sub = s.register(c.id(), Channel.EMAIL, kari(false), PLANNER);
        s.assess(sub.id(), sub.version(), new Assessment("Samandrag", "Vurdering", Outcome.NOTED, null), PLANNER);
        s.eraseSubmitter("kari@example.no", PLANNER);
        assertEquals(List.of("create", "create", "create", "assess", "erase", "erase"), f.audit().stream().map(a -> a.action()).toList());
        assertEquals("public:portal", f.audit().get(1).actor());
        for (String json : f.auditJson()) {
            assertFalse(json.contains("Kari"), json);
            assertFalse(json.contains("kari@example.no"), json);
            assertFalse(json.contains("pensjonistlag"), json);
            assertFalse(json.contains("dagtilbod"), json);
        }
    }
}
