package no.planverk.measures.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import no.planverk.measures.api.FollowUpReport;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.measures.api.ReportDraft;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.measures.api.YearAmount;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FollowUpReportTest {

    final MeasuresFixture f = MeasuresFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    Measure measure(String number, Long goal, long cost) {
        MeasureDraft d = MeasureDraft.of(100L, number, "Tiltak " + number).withGoals(goal == null ? List.of() : List.of(goal))
                .withYears(2025, 2026);
        d = new MeasureDraft(d.planId(), null, d.number(), d.title(), null, d.goalIds(), goal == null ? "Utan mål i tabellen" : null,
                null, null, null, null, List.of(), null, 2025, 2026, List.of(new YearAmount(2025, cost, Funding.FUNDED)), null);
        return f.measures().create(d, MeasureServiceImplTest.PLANNER);
    }

    @Test
    void groupsByGoalInTheGoalTablesOrderWithTheYearsLastReport() throws IOException {
        f.directory(new MemoryPlans());
        Measure a = measure("2", 1002L, 100_000);
        Measure b = measure("1", 1001L, 650_000);
        measure("3", null, 0);
        b = f.measures().report(b.id(), b.version(), new ReportDraft(ReportPeriod.parse("2025-T1"), MeasureStatus.STARTED, 10,
                Light.YELLOW, "Seint i gang", 50_000L), MeasureServiceImplTest.PLANNER);
        f.measures().report(b.id(), b.version(), new ReportDraft(ReportPeriod.parse("2025-T3"), MeasureStatus.ONGOING, 60, Light.GREEN,
                null, 300_000L), MeasureServiceImplTest.PLANNER);
        f.measures().report(a.id(), a.version(), new ReportDraft(ReportPeriod.parse("2026-T1"), MeasureStatus.COMPLETED, 100,
                Light.GREEN, null, null), MeasureServiceImplTest.PLANNER);

        FollowUpReport r = f.reports().build(100L, null, 2025);
        assertEquals("ALV-KDP-HSO Kommunedelplan for helse, sosial og omsorg 2021-2033", r.planName());
        assertEquals(List.of("3.3", "4.1", "null"), r.sections().stream().map(s -> String.valueOf(s.goalCode())).toList());
        FollowUpReport.Line first = r.sections().get(0).lines().get(0);
        assertEquals(ReportPeriod.parse("2025-T3"), first.report().period(), "the year's last report");
        assertEquals(350_000L, first.spentNok());
        assertEquals(650_000L, first.costNok());
        assertNull(r.sections().get(1).lines().get(0).report(), "the 2026 report is not in 2025");
        assertEquals(new FollowUpReport.Totals(3, 0, 1, 750_000L, 350_000L), r.totals());

        byte[] pdf = f.reports().pdf(r, Locale.forLanguageTag("nn"));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1).replaceAll("\\s+", " ");
        assertTrue(text.contains("Oppfølging av tiltak 2025"), text);
        String title = new PdfReader(pdf).getInfo().get("Title");
        assertTrue(title.startsWith("Oppfølging av tiltak 2025 - "), "no thousands space in the year: " + title);
        assertTrue(text.contains("Frivillig sektor i Alver er mangfaldig og sterk"), text);
        assertTrue(text.contains("650 000 kr"), text);
        assertTrue(text.contains("Ikkje rapportert"), text);
        assertTrue(!text.contains("Fullført"), "measure 2 was completed in 2026, not in 2025: " + text);
        String english = new PdfTextExtractor(new PdfReader(f.reports().pdf(r, Locale.ENGLISH))).getTextFromPage(1).replaceAll("\\s+", " ");
        assertTrue(english.contains("Follow-up of measures 2025") && english.contains("Not reported"), english);
    }

    @Test
    void withoutThePlansModuleTheReportGroupsByGoalText() {
        f.measures().create(MeasureDraft.of(null, "86", "Styrke ETTU").withPlanName("Et helt liv"), MeasureServiceImplTest.PLANNER);
        FollowUpReport r = f.reports().build(null, "et helt liv", 2025);
        assertEquals(1, r.totals().measures());
        assertThrows(NotFoundException.class, () -> f.reports().build(null, "Ingen slik plan", 2025));
        assertThrows(InvalidInputException.class, () -> f.reports().build(null, " ", 2025));
    }

    @Test
    void aPlanByIdWithoutThePlansModuleAndNoMeasuresThatYearIsAnEmptyReport() {
        measure("1", null, 100);
        FollowUpReport r = f.reports().build(100L, null, 2030);
        assertEquals("Plan 100", r.planName());
        assertEquals(0, r.totals().measures());
    }
}
