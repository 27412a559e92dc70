package no.planverk.consultation.core.internal;

import static no.planverk.consultation.core.internal.ConsultationFixture.PLANNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.stream.Collectors;
import no.planverk.consultation.api.Assessment;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.ConsultationService;
import no.planverk.consultation.api.ExportFile;
import no.planverk.consultation.api.ExportFormat;
import no.planverk.consultation.api.Outcome;
import no.planverk.consultation.api.Submission;
import no.planverk.consultation.api.SubmissionDraft;
import no.planverk.plans.core.internal.document.export.DocumentRendererImpl;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The merknadsbehandling through the plans module's real renderer, read back: PDF text with PDFBox, DOCX with POI. */
class RenderedAssessmentTest {

    final ConsultationFixture f = ConsultationFixture.inMemory();
    final ConsultationService s = f.service();
    Consultation c;

    @AfterEach
    void close() {
        f.close();
    }

    void oneAssessed() {
        f.renderer(new DocumentRendererImpl());
        c = s.open(ConsultationFixture.draft(f.today(), f.today().plusDays(30)), PLANNER);
        s.submit(c.id(), new SubmissionDraft("Kari Nordmann", null, null, "Vi treng fleire dagtilbod.", "4.2", true, null));
        Submission sub = s.submissions(c.id(), PLANNER).get(0);
        s.assess(sub.id(), sub.version(), new Assessment("Fleire dagtilbod", "Kommunen aukar dagtilbodet.", Outcome.PARTLY_TAKEN_IN, "4.2"),
                PLANNER);
    }

    @Test
    void thePdfHasTheTitleTheSubmitterAndTheOutcome() throws Exception {
        oneAssessed();
        ExportFile pdf = s.exportAssessment(c.id(), ExportFormat.PDF, Locale.forLanguageTag("nn"), PLANNER);
        assertTrue(new String(pdf.bytes(), 0, 5).equals("%PDF-"));
        try (var doc = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Merknadsbehandling"), text);
            assertTrue(text.contains("Alver kommune"), text);
            assertTrue(text.contains("Innspel 1: Kari Nordmann"), text);
            assertTrue(text.contains("Delvis teke inn"), text);
        }
    }

    @Test
    void theDocxHasHeadingsAndTheOverviewTable() throws Exception {
        oneAssessed();
        ExportFile docx = s.exportAssessment(c.id(), ExportFormat.DOCX, Locale.ENGLISH, PLANNER);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            String headings = doc.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(XWPFParagraph::getText).collect(Collectors.joining("|"));
            assertTrue(headings.contains("Submission 1: Kari Nordmann"), headings);
            assertEquals("Partly taken in", doc.getTables().get(0).getRow(1).getCell(3).getText());
        }
    }
}
