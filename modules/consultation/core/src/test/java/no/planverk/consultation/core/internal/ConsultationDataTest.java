package no.planverk.consultation.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.Submission;
import no.planverk.consultation.api.SubmissionDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The module's part of the admin's export of all data: every consultation with its whole register, contact details included. */
class ConsultationDataTest {

    final ConsultationFixture f = ConsultationFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyConsultationWithItsRegister() {
        Consultation c = f.service().open(ConsultationFixture.draft(f.today(), f.today().plusDays(5)), ConsultationFixture.PLANNER);
        f.service().submit(c.id(), new SubmissionDraft("Kari", null, "kari@example.no", "Tekst", null, false, null));
        ConsultationData data = new ConsultationData(f.service());
        assertEquals("consultation", data.module());
        List<Map<String, Object>> all = (List<Map<String, Object>>) ((Map<String, Object>) data.data()).get("consultations");
        assertEquals(1, all.size());
        assertEquals(c.id(), ((Consultation) all.get(0).get("consultation")).id());
        assertEquals("kari@example.no", ((List<Submission>) all.get(0).get("submissions")).get(0).email());
    }
}
