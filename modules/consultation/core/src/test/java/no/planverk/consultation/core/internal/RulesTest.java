package no.planverk.consultation.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import no.planverk.consultation.api.Assessment;
import no.planverk.consultation.api.Attachment;
import no.planverk.consultation.api.ConsultationDraft;
import no.planverk.consultation.api.Outcome;
import no.planverk.consultation.api.Phase;
import no.planverk.consultation.api.SubmissionDraft;
import no.planverk.consultation.core.internal.privacy.Privacy;
import no.planverk.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The consultation rules without a database: dates and closing, outcomes, attachments, list order, erasure dates. */
class RulesTest {

    static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    static final LocalDate TO = LocalDate.of(2027, 1, 15);

    @Test
    void thePeriodIncludesBothDays() {
        assertEquals(Phase.UPCOMING, Phase.on(FROM.minusDays(1), FROM, TO));
        assertEquals(Phase.OPEN, Phase.on(FROM, FROM, TO));
        assertEquals(Phase.OPEN, Phase.on(TO, FROM, TO));
        assertEquals(Phase.CLOSED, Phase.on(TO.plusDays(1), FROM, TO));
    }

    @Test
    void theClosingDateCannotBeBeforeTheFirstDay() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Rules.consultation(ConsultationFixture.draft(TO, FROM)));
        assertEquals("consultation.closesOn.beforeOpens", e.fieldMessages().get("closesOn").key());
        assertEquals(ConsultationFixture.draft(FROM, FROM).closesOn(), Rules.consultation(ConsultationFixture.draft(FROM, FROM)).closesOn());
    }

    @Test
    void aConsultationNeedsTitleSubjectAndDates() {
        ConsultationDraft d = new ConsultationDraft(1, null, "  ", null, null, null, null, null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Rules.consultation(d));
        assertEquals(Set.of("title", "subject", "opensOn", "closesOn"), e.fieldMessages().keySet());
    }

    @Test
    void thePublicChannelRefusesAfterTheClosingDateNamingIt() {
        InvalidInputException closed = assertThrows(InvalidInputException.class, () -> Rules.requireOpen(Phase.CLOSED, FROM, TO));
        assertEquals("consultation.closed", closed.message().key());
        assertTrue(closed.getMessage().contains("15.01.2027"), closed.getMessage());
        InvalidInputException early = assertThrows(InvalidInputException.class, () -> Rules.requireOpen(Phase.UPCOMING, FROM, TO));
        assertEquals("consultation.notOpen", early.message().key());
        Rules.requireOpen(Phase.OPEN, FROM, TO);
    }

    @Test
    void anAssessmentNeedsAnOutcomeAndASectionNumber() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Rules.assessment(new Assessment("s", "a", null, "kap. 4")));
        assertEquals(Set.of("outcome", "changedSection"), e.fieldMessages().keySet());
        Assessment ok = Rules.assessment(new Assessment(" Ønskjer fleire dagtilbod ", "Teke inn i 4.2", Outcome.TAKEN_IN, " 4.2 "));
        assertEquals("Ønskjer fleire dagtilbod", ok.summary());
        assertEquals("4.2", ok.changedSection());
        assertNull(Rules.assessment(new Assessment(null, null, Outcome.NOTED, "")).changedSection());
    }

    @Test
    void outcomesParseByIdAndName() {
        for (Outcome o : Outcome.values()) {
            assertEquals(o, Outcome.parse(o.id()).orElseThrow());
            assertEquals(o, Outcome.parse(o.name().toLowerCase()).orElseThrow());
        }
        assertTrue(Outcome.PARTLY_TAKEN_IN.changesDocument());
        assertFalse(Outcome.NOTED.changesDocument());
        assertTrue(Outcome.parse("maybe").isEmpty());
    }

    @Test
    void theAttachmentMustBeAPdfByItsFirstBytesAndAtMostTenMegabytes() {
        byte[] pdf = "%PDF-1.7\n...".getBytes();
        assertEquals("innspel.pdf", Rules.submission(submission(new Attachment("innspel.pdf", pdf))).attachment().fileName());
        InvalidInputException renamed = assertThrows(InvalidInputException.class,
                () -> Rules.submission(submission(new Attachment("innspel.pdf", "<html>%PDF-".getBytes()))));
        assertEquals("consultation.attachment.notPdf", renamed.fieldMessages().get("attachment").key());
        byte[] big = Arrays.copyOf(pdf, Attachment.MAX_BYTES + 1);
        InvalidInputException large = assertThrows(InvalidInputException.class, () -> Rules.submission(submission(new Attachment("s.pdf", big))));
        assertEquals("consultation.attachment.tooLarge", large.fieldMessages().get("attachment").key());
        byte[] exact = Arrays.copyOf(pdf, Attachment.MAX_BYTES);
        assertEquals(Attachment.MAX_BYTES, Rules.submission(submission(new Attachment("s.pdf", exact))).attachment().bytes().length);
        assertEquals("a_b.pdf", Rules.submission(submission(new Attachment("a/b.pdf", pdf))).attachment().fileName());
    }

    @Test
    void aSubmissionNeedsNameAndTextAndAValidEmail() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Rules.submission(new SubmissionDraft(" ", null, "ikkje-epost", "", null, false, null)));
        assertEquals(Set.of("name", "email", "text"), e.fieldMessages().keySet());
        SubmissionDraft ok = Rules.submission(new SubmissionDraft(" Kari\nNordmann ", "", "kari@example.no", " Tekst ", "3.2", true, null));
        assertEquals("Kari Nordmann", ok.name());
        assertNull(ok.organisation());
        assertEquals("Tekst", ok.text());
    }

    @Test
    void openConsultationsComeFirstClosingSoonestThenUpcomingThenClosedLatestFirst() {
        LocalDate today = LocalDate.of(2026, 12, 10);
        List<Ordering.Key> keys = new ArrayList<>(List.of(
                new Ordering.Key(1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)),
                new Ordering.Key(2, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31)),
                new Ordering.Key(3, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1)),
                new Ordering.Key(4, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 20)),
                new Ordering.Key(5, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1))));
        keys.sort(Ordering.on(today));
        assertEquals(List.of(4L, 2L, 3L, 5L, 1L), keys.stream().map(Ordering.Key::id).toList());
    }

    @Test
    void namesAreErasedTheConfiguredNumberOfMonthsAfterAdoption() {
        LocalDate adopted = LocalDate.of(2027, 3, 31);
        assertFalse(Privacy.due(adopted, 12, LocalDate.of(2028, 3, 30)));
        assertTrue(Privacy.due(adopted, 12, LocalDate.of(2028, 3, 31)));
        assertFalse(Privacy.due(adopted, 1, LocalDate.of(2027, 4, 29)));
        assertTrue(Privacy.due(adopted, 1, LocalDate.of(2027, 4, 30)), "one month after 31 March is 30 April");
        assertTrue(Privacy.due(adopted, 0, adopted));
    }

    private static SubmissionDraft submission(Attachment a) {
        return new SubmissionDraft("Kari Nordmann", null, null, "Eit innspel", null, false, a);
    }
}
