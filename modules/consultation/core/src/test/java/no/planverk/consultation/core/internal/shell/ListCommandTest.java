package no.planverk.consultation.core.internal.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.SubmissionDraft;
import no.planverk.consultation.core.internal.ConsultationFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ListCommandTest {

    final ConsultationFixture f = ConsultationFixture.inMemory();
    final PrintStream out = System.out;

    @AfterEach
    void close() {
        System.setOut(out);
        f.close();
    }

    @Test
    void listsConsultationsWithPhaseAndSubmissions() throws Exception {
        Consultation c = f.service().open(ConsultationFixture.draft(f.today(), f.today().plusDays(30)), ConsultationFixture.PLANNER);
        f.service().submit(c.id(), new SubmissionDraft("Kari", null, null, "Tekst", null, false, null));
        ListCommand command = new ListCommand();
        command.consultations = f.service();
        command.user = ConsultationFixture.READER;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            command.execute();
        } finally {
            System.setOut(out);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Høyring av kommunedelplan"), text);
        assertTrue(text.contains("open"), text);
        assertTrue(text.matches("(?s).*open\\s*\\|\\s*1\\s*\\|\\s*no.*"), text);
    }
}
