package no.planverk.consultation.core.internal;

import static no.planverk.consultation.core.internal.ConsultationFixture.PLANNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.planverk.consultation.api.Assessment;
import no.planverk.consultation.api.Channel;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.ConsultationService;
import no.planverk.consultation.api.ExportFile;
import no.planverk.consultation.api.ExportFormat;
import no.planverk.consultation.api.Outcome;
import no.planverk.consultation.api.Submission;
import no.planverk.consultation.api.SubmissionDraft;
import no.planverk.consultation.core.internal.report.AssessmentFiles;
import no.planverk.plans.api.document.DocumentContent;
import no.planverk.plans.api.document.DocumentFormat;
import no.planverk.plans.api.document.SectionPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The merknadsbehandling as CSV and as the DocumentContent the plans module renders to PDF and DOCX. */
class AssessmentFilesTest {

    final ConsultationFixture f = ConsultationFixture.inMemory();
    final ConsultationService s = f.service();
    Consultation c;

    @AfterEach
    void close() {
        f.close();
    }

    void twoSubmissions() {
        c = s.open(ConsultationFixture.draft(f.today(), f.today().plusDays(30)), PLANNER);
        s.submit(c.id(), new SubmissionDraft("=HYPERLINK(\"http://x\")", null, "a@example.no", "+Meir *heimetenester*", "4", true, null));
        s.submit(c.id(), new SubmissionDraft("Kari Løyndom", "Laget", "kari@example.no", "Tekst", null, false, null));
        Submission first = s.submissions(c.id(), PLANNER).get(0);
        s.assess(first.id(), first.version(), new Assessment("-Fleire tenester", "Kommunen er *samd* <b>", Outcome.TAKEN_IN, "4.2"), PLANNER);
    }

    @Test
    void theCsvIsGuardedAgainstFormulasAndSaysOutcomesInTheLanguage() {
        twoSubmissions();
        String csv = new String(s.exportAssessment(c.id(), ExportFormat.CSV, Locale.forLanguageTag("nn"), PLANNER).bytes(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFNr.;Innsendar;"), csv);
        assertTrue(csv.contains("'=HYPERLINK"), csv);
        assertTrue(csv.contains("'-Fleire tenester"), csv);
        assertTrue(csv.contains("Teke inn"), csv);
        assertTrue(csv.contains("Ikkje vurdert"), csv);
        assertTrue(csv.contains("Kari Løyndom"), "planners see every name");
        String en = new String(s.exportAssessment(c.id(), ExportFormat.CSV, Locale.ENGLISH, PLANNER).bytes(), StandardCharsets.UTF_8);
        assertTrue(en.contains("Taken in") && en.contains("Not assessed"), en);
    }

    @Test
    void thePublishedFileHasNoNameWithoutConsent() {
        twoSubmissions();
        assertTrue(s.publishedAssessmentFile(c.id(), ExportFormat.CSV, Locale.ENGLISH).isEmpty());
        s.publishAssessment(c.id(), s.get(c.id(), PLANNER).version(), true, PLANNER);
        ExportFile file = s.publishedAssessmentFile(c.id(), ExportFormat.CSV, Locale.ENGLISH).orElseThrow();
        String csv = new String(file.bytes(), StandardCharsets.UTF_8);
        assertFalse(csv.contains("Løyndom"), csv);
        assertFalse(csv.contains("Laget"), csv);
        assertFalse(csv.contains("@example.no"), csv);
        assertTrue(csv.contains("(name not published)"), csv);
        assertEquals("merknadsbehandling-" + c.id() + ".csv", file.fileName());
    }

    @Test
    void pdfAndDocxAreRenderedFromADocumentContent() {
        twoSubmissions();
        List<DocumentContent> seen = new ArrayList<>();
        List<DocumentFormat> formats = new ArrayList<>();
        f.renderer((doc, format, locale) -> {
            seen.add(doc);
            formats.add(format);
            return "%PDF-".getBytes();
        });
        ExportFile pdf = s.exportAssessment(c.id(), ExportFormat.PDF, Locale.forLanguageTag("nb"), PLANNER);
        assertEquals("application/pdf", pdf.mediaType());
        s.exportAssessment(c.id(), ExportFormat.DOCX, Locale.forLanguageTag("nb"), PLANNER);
        assertEquals(List.of(DocumentFormat.PDF, DocumentFormat.DOCX), formats);
        DocumentContent doc = seen.get(0);
        assertEquals("Alver kommune", doc.municipality());
        assertEquals("Merknadsbehandling", doc.title());
        assertEquals(List.of("1", "2", "2.1", "2.2"), doc.sections().stream().map(x -> x.number()).toList());
        assertEquals("Innspill 2: Kari Løyndom", doc.sections().get(3).heading(), "planners export every name");
        SectionPart.Block table = (SectionPart.Block) doc.sections().get(0).parts().get(1);
        assertEquals(2, table.content().tables().get(0).rows().size());
        String md = ((SectionPart.Text) doc.sections().get(2).parts().get(0)).markdown();
        assertTrue(md.contains("-Fleire tenester"), md);
        assertTrue(md.contains("\\*samd\\* \\<b\\>"), "submitted text is shown as written, not as Markdown: " + md);
        assertTrue(md.contains("4.2"), md);
    }

    @Test
    void everyOutcomeAndChannelHasATextInEveryLanguage() {
        for (Locale l : List.of(Locale.forLanguageTag("nn"), Locale.forLanguageTag("nb"), Locale.ENGLISH)) {
            for (Outcome o : Outcome.values()) {
                assertNotEquals("consultation.outcome." + o.id(), AssessmentFiles.outcome(o, l));
            }
            for (Channel ch : Channel.values()) {
                assertNotEquals("consultation.channel." + ch.id(), ConsultationMessages.text(l, "consultation.channel." + ch.id()));
            }
        }
    }
}
