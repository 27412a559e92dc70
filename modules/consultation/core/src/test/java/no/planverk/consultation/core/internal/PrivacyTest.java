package no.planverk.consultation.core.internal;

import static no.planverk.consultation.core.internal.ConsultationFixture.PLANNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import no.planverk.consultation.api.Assessment;
import no.planverk.consultation.api.Attachment;
import no.planverk.consultation.api.Channel;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.ConsultationService;
import no.planverk.consultation.api.Outcome;
import no.planverk.consultation.api.Submission;
import no.planverk.consultation.api.SubmissionDraft;
import no.planverk.consultation.api.SubmitterExport;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GDPR export and erasure per submitter, and the erasure of names and e-mails months after adoption, on real Derby. */
class PrivacyTest {

    final ConsultationFixture f = ConsultationFixture.inMemory();
    final ConsultationService s = f.service();

    @AfterEach
    void close() {
        f.close();
    }

    static SubmissionDraft from(String name, String email) {
        return new SubmissionDraft(name, "Laget", email, "Tekst frå " + name, "2", false, new Attachment("a.pdf", "%PDF-1.4".getBytes()));
    }

    @Test
    void aSubmitterIsExportedAndErasedByEmailOrNameAcrossConsultations() {
        Consultation a = s.open(ConsultationFixture.draft(f.today(), f.today().plusDays(30)), PLANNER);
        Consultation b = s.open(ConsultationFixture.draft(f.today(), f.today().plusDays(30)), PLANNER);
        s.submit(a.id(), from("Kari Nordmann", "Kari@Example.no"));
        s.submit(b.id(), from("Kari N.", "kari@example.no"));
        s.register(b.id(), Channel.LETTER, from("kari nordmann", null), PLANNER);
        s.submit(b.id(), from("Ola", "ola@example.no"));
        SubmitterExport byMail = s.exportSubmitter(" KARI@example.no ", PLANNER);
        assertEquals(2, byMail.submissions().size());
        assertEquals(2, s.exportSubmitter("Kari Nordmann", PLANNER).submissions().size());
        assertEquals(2, s.eraseSubmitter("kari@example.no", PLANNER));
        assertEquals(1, s.eraseSubmitter("Kari Nordmann", PLANNER));
        List<Submission> left = s.submissions(b.id(), PLANNER);
        Submission erased = left.get(0);
        assertNull(erased.name());
        assertNull(erased.email());
        assertNull(erased.organisation());
        assertNull(erased.attachmentName());
        assertTrue(erased.erased());
        assertEquals("Tekst frå Kari N.", erased.text(), "the text stays");
        assertEquals(1, erased.number(), "the number stays");
        assertThrows(NotFoundException.class, () -> s.attachment(erased.id(), PLANNER));
        assertEquals("Ola", left.get(2).name());
        assertEquals(0, s.exportSubmitter("kari@example.no", PLANNER).submissions().size());
        assertThrows(InvalidInputException.class, () -> s.eraseSubmitter("  ", PLANNER));
    }

    @Test
    void namesAndEmailsGoTwelveMonthsAfterAdoptionWhileTextAndAssessmentStay() {
        Consultation c = s.open(ConsultationFixture.draft(f.today(), f.today().plusDays(30)), PLANNER);
        s.submit(c.id(), from("Kari Nordmann", "kari@example.no"));
        Submission sub = s.submissions(c.id(), PLANNER).get(0);
        s.assess(sub.id(), sub.version(), new Assessment("Samandrag", "Vurdering", Outcome.PARTLY_TAKEN_IN, "2.1"), PLANNER);
        LocalDate adopted = f.today().plusDays(60);
        Consultation now = s.get(c.id(), PLANNER);
        s.adopted(c.id(), now.version(), adopted, PLANNER);
        f.advance(Duration.ofDays(60 + 364));
        assertEquals(0, f.impl().eraseAfterAdoption(12), "one day before twelve months");
        assertEquals("kari@example.no", s.submissions(c.id(), PLANNER).get(0).email());
        f.advance(Duration.ofDays(2));
        assertEquals(1, f.impl().eraseAfterAdoption(12));
        Submission after = s.submissions(c.id(), PLANNER).get(0);
        assertNull(after.name());
        assertNull(after.email());
        assertEquals("Laget", after.organisation(), "an organisation is not personal data");
        assertNotNull(after.attachmentName());
        assertEquals("Tekst frå Kari Nordmann", after.text());
        assertEquals(Outcome.PARTLY_TAKEN_IN, after.assessment().outcome());
        assertEquals("Vurdering", after.assessment().assessment());
        assertEquals(0, f.impl().eraseAfterAdoption(12), "nothing left to erase");
        assertEquals("system:consultation-retention", f.audit().get(f.audit().size() - 1).actor());
    }

    @Test
    void withoutItsOwnDateTheErasureFollowsThePlansAdoption() {
        Consultation c = s.open(ConsultationFixture.draft(f.today(), f.today().plusDays(30)), PLANNER);
        s.submit(c.id(), from("Kari Nordmann", "kari@example.no"));
        assertEquals(0, f.impl().eraseAfterAdoption(0), "the plan is not adopted");
        f.planAdopted(1, f.today().minusMonths(3));
        assertEquals(0, f.impl().eraseAfterAdoption(6));
        assertEquals(1, f.impl().eraseAfterAdoption(3));
        assertNull(s.submissions(c.id(), PLANNER).get(0).name());
    }
}
