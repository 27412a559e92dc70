package no.planverk.measures.ui.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTableRow;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.plans.api.Ownership;
import no.planverk.measures.api.ReportDraft;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.measures.api.Responsibility;
import no.planverk.measures.api.YearAmount;
import no.planverk.measures.ui.internal.MeasuresUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The annual report with the plans module (plans and goals from MemoryPlans), its PDF, and the empty plan. */
class ReportViewTest {

    private final MeasuresUi ui = new MeasuresUi(true);
    private final int last = ui.year - 1;

    @AfterEach
    void close() {
        ui.close();
    }

    /** A measure of a plan in the directory, running last year to next, with a cost last year. */
    Measure measure(long planId, String number, String title, List<Long> goals, Long costLastYear) {
        return ui.f.measures().create(new MeasureDraft(planId, null, number, title, null, goals, null, MeasureKind.MEASURE, null, null,
                Responsibility.UNITS, List.of(ui.unit("ALV-KUL")), null, last, ui.year + 1,
                costLastYear == null ? List.of() : List.of(new YearAmount(last, costLastYear, Funding.NOT_FUNDED)), Ownership.THIS_PLAN),
                MeasuresUi.PLANNER);
    }

    void report(Measure m, MeasureStatus status, int percent, Light light, String comment, Long spent) {
        Measure now = ui.f.measures().find(m.id()).orElseThrow();
        ui.f.measures().report(m.id(), now.version(), new ReportDraft(new ReportPeriod(last, 3), status, percent, light, comment, spent),
                MeasuresUi.PLANNER);
    }

    /** Alver's KDP (plan 100): the volunteer coordinator (goal 3.3), a health measure (4.1), and one without a goal. */
    void alver() {
        Measure coordinator = measure(100, "3.3.2", "Koordinator for frivillig innsats", List.of(1001L), 650_000L);
        report(coordinator, MeasureStatus.ONGOING, 40, Light.YELLOW, "Stillinga er ikkje finansiert", 120_000L);
        Measure health = measure(100, "4.1.9", "Frisklivssentral i alle kommunedelar", List.of(1002L), null);
        report(health, MeasureStatus.COMPLETED, 100, Light.GREEN, null, null);
        measure(100, "9", "Tiltak utan kopla mål", List.of(), null);
    }

    static String plain(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    static String text(Component c) {
        return plain(c.getElement().getTextRecursively());
    }

    @Test
    void showsSectionsPerGoalWithTotalsAndDownloadsAPdf() {
        alver();
        ReportView view = MeasuresUi.open("measures/report", ReportView.class);
        assertEquals(Integer.toString(last), view.year.getValue(), "last year by default");
        assertFalse(view.pdf.isEnabled());
        assertFalse(view.pdf.isVisible(), "no greyed link below WCAG contrast");
        view.plan.picker.setValue(ui.plans.plan(100).orElseThrow());

        assertEquals(List.of("3.3 Frivillig sektor i Alver er mangfaldig og sterk", "4.1 Innbyggjarane har god helse og livskvalitet",
                "Tiltak utan mål"), LocatorJ._find(view.content, H4.class).stream().map(H4::getText).toList());
        ReportPage page = LocatorJ._get(view.content, ReportPage.class);
        assertEquals("3 tiltak, 1 fullførte, 2 rapporterte. Kostnad i " + last + ": 650 000 kr. Brukt: 120 000 kr.", plain(page.totals.getText()));
        NativeTableRow row = LocatorJ._find(view.content, NativeTableRow.class).stream()
                .filter(r -> "3.3.2".equals(r.getElement().getAttribute("data-number"))).findFirst().orElseThrow();
        assertEquals("3.3.2|Koordinator for frivillig innsats|Pågår|Gul|40 %|Stillinga er ikkje finansiert|650 000 kr|120 000 kr",
                String.join("|", row.getDataCells().stream().map(ReportViewTest::text).toList()));
        assertEquals("yellow", row.getDataCell(3).orElseThrow().getChildren().findFirst().orElseThrow().getElement().getAttribute("data-light"),
                "the light is a dot with its word");
        String unreported = LocatorJ._find(view.content, NativeTableRow.class).stream()
                .filter(r -> "9".equals(r.getElement().getAttribute("data-number"))).map(ReportViewTest::text).findFirst().orElseThrow();
        assertTrue(unreported.contains("Ikkje rapportert"), unreported);

        assertTrue(view.pdf.isEnabled());
        assertTrue(view.pdf.isVisible());
        assertTrue(view.print.isEnabled());
        view.print.click(); // window.print() in the browser; here only that it does not fail
        byte[] pdf = DownloadKt._download(view.pdf);
        assertEquals("%PDF", new String(Arrays.copyOf(pdf, 4), StandardCharsets.ISO_8859_1));
        assertTrue(pdf.length > 1000, "a real document, not an error page: " + pdf.length);
        assertEquals("tiltaksrapport-" + last + "-ALV-KDP-HSO-Kommunedelplan-for-helse-sos.pdf", ReportView.fileName(view.report()));
    }

    @Test
    void anotherYearIsAnotherReportAndAPlanWithoutMeasuresSaysSo() {
        alver();
        ReportView view = MeasuresUi.open("measures/report", ReportView.class);
        view.plan.picker.setValue(ui.plans.plan(100).orElseThrow());
        view.year.setValue(Integer.toString(ui.year + 5));
        view.show.click();
        assertTrue(view.message.isVisible());
        assertEquals("Ingen av tiltaka i «ALV-KDP-HSO Kommunedelplan for helse, sosial og omsorg 2021-2033» går i " + (ui.year + 5) + ".",
                view.message.getText());

        view.plan.picker.setValue(ui.plans.plan(300).orElseThrow());
        assertEquals("Planen «BRG-UH-2029 – Temaplan for tjenester til personer med utviklingshemming 2029-2032» har ingen tiltak."
                + " Sjå etter skrivefeil i namnet, eller vel ein annan plan.", view.message.getText());
        assertTrue(view.message.isVisible());
        LocatorJ._assertNone(view.content, ReportPage.class);
        assertFalse(view.pdf.isEnabled(), "no PDF of a report that is not there");
        assertFalse(view.print.isEnabled());
    }

    @Test
    void aPlannerRollsTheActionPartForwardAndSeesWhatWasSkipped() {
        Measure m86 = measure(200, "86", "Styrke Forvaltningsenhet i ETTU sin koordinerende funksjon", List.of(2001L), null);
        Measure m87 = measure(200, "87", "Etablere en barnebolig med plass for 3 til 5 barn", List.of(2001L), null);
        Measure now87 = ui.f.measures().find(m87.id()).orElseThrow();
        ui.f.measures().report(m87.id(), now87.version(), new ReportDraft(ui.f.measures().currentPeriod(), MeasureStatus.COMPLETED, 100,
                Light.GREEN, null, null), MeasuresUi.PLANNER);
        measure(200, "88", "Etablere bosenter med institusjonsrammer", List.of(2001L), null);
        measure(300, "88", "Bosenter (allereie i den nye temaplanen)", List.of(), null);
        ReportView view = MeasuresUi.open("measures/report", ReportView.class);
        view.plan.picker.setValue(ui.plans.plan(200).orElseThrow());
        view.rollForward.click();
        RollForwardDialog dialog = view.dialog;
        assertTrue(dialog.isOpened());
        assertEquals(200L, dialog.from.id(), "the report's plan to start with");

        dialog.to.picker.setValue(ui.plans.plan(200).orElseThrow());
        dialog.run.click();
        assertTrue(dialog.to.picker.isInvalid());
        assertTrue(dialog.to.picker.getErrorMessage().startsWith("Vel ein annan plan enn den tiltaka kjem frå."), dialog.to.picker.getErrorMessage());

        dialog.to.picker.setValue(ui.plans.plan(300).orElseThrow());
        dialog.fromYear.setValue("2029");
        dialog.toYear.setValue("2028");
        dialog.run.click();
        assertFalse(dialog.to.picker.isInvalid());
        assertTrue(dialog.toYear.isInvalid(), "the years are a field error");
        assertEquals(1, ui.f.measures().list(MeasureQuery.ofPlan(300)).total(), "nothing copied yet");

        dialog.toYear.setValue("2032");
        dialog.run.click();
        assertFalse(dialog.toYear.isInvalid());
        assertEquals("1 tiltak kopiert til «BRG-UH-2029 – Temaplan for tjenester til personer med utviklingshemming 2029-2032» for 2029–2032: 86",
                dialog.created.getText());
        assertTrue(dialog.skipped.isVisible());
        assertEquals("Hoppa over fordi nummeret finst i den nye planen frå før: 88", dialog.skipped.getText());
        List<Measure> target = ui.f.measures().list(MeasureQuery.ofPlan(300)).items();
        assertEquals(List.of("86", "88"), target.stream().map(Measure::number).sorted().toList(), "87 is completed and stays behind");
        Measure copy = target.stream().filter(m -> m.number().equals("86")).findFirst().orElseThrow();
        assertEquals(m86.id(), copy.originId());
        assertEquals(2029, copy.fromYear());
        assertEquals(2032, copy.toYear());
    }

    @Test
    void lettersInTheReportYearOrTheRollForwardYearsStayMarkedAndNothingRuns() {
        measure(200, "86", "Styrke Forvaltningsenhet i ETTU sin koordinerende funksjon", List.of(2001L), null);
        ReportView view = MeasuresUi.open("measures/report", ReportView.class);
        view.plan.picker.setValue(ui.plans.plan(200).orElseThrow());
        view.year.setValue("20x6");
        view.show.click();
        assertTrue(view.year.isInvalid());
        assertEquals("«20x6» er ikkje eit heilt tal.", view.year.getErrorMessage());
        assertEquals("20x6", view.year.getValue(), "what the user typed stays");
        LocatorJ._assertNone(view.content, ReportPage.class);

        view.rollForward.click();
        RollForwardDialog dialog = view.dialog;
        dialog.to.picker.setValue(ui.plans.plan(300).orElseThrow());
        dialog.fromYear.setValue("20x9");
        dialog.run.click();
        assertTrue(dialog.fromYear.isInvalid());
        assertEquals("«20x9» er ikkje eit heilt tal.", dialog.fromYear.getErrorMessage());
        assertEquals(0, ui.f.measures().list(MeasureQuery.ofPlan(300)).total(), "nothing copied into year 209");
    }
}
