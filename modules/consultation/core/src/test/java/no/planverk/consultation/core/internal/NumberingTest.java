package no.planverk.consultation.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import no.planverk.consultation.api.Channel;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.ConsultationService;
import no.planverk.consultation.api.Submission;
import no.planverk.consultation.api.SubmissionDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Concurrent submissions from the portal and staff on real Derby: numbers 1..n, each once, no gaps. */
class NumberingTest {

    final ConsultationFixture f = ConsultationFixture.inMemory();
    final ConsultationService s = f.service();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void concurrentSubmissionsGetEveryNumberOnce() throws Exception {
        Consultation c = s.open(ConsultationFixture.draft(f.today(), f.today().plusDays(30)), ConsultationFixture.PLANNER);
        Consultation other = s.open(ConsultationFixture.draft(f.today(), f.today().plusDays(30)), ConsultationFixture.PLANNER);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int n = i;
            SubmissionDraft d = new SubmissionDraft("Innsendar " + n, null, null, "Innspel " + n, null, false, null);
            calls.add(n % 5 == 0 ? () -> s.register(c.id(), Channel.LETTER, d, ConsultationFixture.PLANNER).number()
                    : n % 7 == 0 ? () -> s.submit(other.id(), d).number() : () -> s.submit(c.id(), d).number());
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<Integer> fu : pool.invokeAll(calls)) {
            numbers.add(fu.get());
        }
        pool.shutdown();
        List<Integer> stored = s.submissions(c.id(), ConsultationFixture.PLANNER).stream().map(Submission::number).toList();
        int inOther = s.submissions(other.id(), ConsultationFixture.PLANNER).size();
        assertEquals(IntStream.rangeClosed(1, 60 - inOther).boxed().toList(), stored);
        assertEquals(IntStream.rangeClosed(1, inOther).boxed().toList(),
                s.submissions(other.id(), ConsultationFixture.PLANNER).stream().map(Submission::number).toList());
        assertEquals(60 - inOther, s.get(c.id(), ConsultationFixture.PLANNER).submissions());
    }

    @Test
    void aRefusedSubmissionTakesNoNumber() {
        Consultation c = s.open(ConsultationFixture.draft(f.today(), f.today().plusDays(30)), ConsultationFixture.PLANNER);
        s.submit(c.id(), new SubmissionDraft("A", null, null, "Tekst", null, false, null));
        try {
            s.submit(c.id(), new SubmissionDraft("B", null, "ikkje ei adresse", "Tekst", null, false, null));
        } catch (no.planverk.platform.api.InvalidInputException expected) {
            // refused: the next one is number 2
        }
        assertEquals(2, s.submit(c.id(), new SubmissionDraft("C", null, null, "Tekst", null, false, null)).number());
    }
}
