package no.planverk.measures.ui.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.H4;
import java.util.List;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.ui.internal.MeasuresUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without the plans module: the plan is named in free text, for the report and the roll-forward; readers read only. */
class ReportWithoutPlansTest {

    private final MeasuresUi ui = new MeasuresUi();

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void thePlanIsNamedAndAnUnknownNameSaysSo() {
        ui.seed();
        ReportView view = MeasuresUi.open("measures/report", ReportView.class);
        assertNull(view.plan.picker);
        view.show.click();
        assertTrue(view.plan.name.isInvalid(), "the plan is required");
        LocatorJ._assertNone(view.content, ReportPage.class);

        view.plan.name.setValue("Ein plan som ikkje finst");
        view.show.click();
        assertFalse(view.plan.name.isInvalid());
        assertTrue(view.message.isVisible());
        assertEquals("Planen «Ein plan som ikkje finst» har ingen tiltak. Sjå etter skrivefeil i namnet, eller vel ein annan plan.",
                view.message.getText());

        view.plan.name.setValue(MeasuresUi.UH_PLAN);
        view.year.setValue(Integer.toString(ui.year));
        view.show.click();
        assertFalse(view.message.isVisible());
        assertEquals(List.of("Gode og helhetlige helse- og omsorgstjenester", "Riktig bolig til rett tid"),
                LocatorJ._find(view.content, H4.class).stream().map(H4::getText).toList(), "sections by the free-text goal");
        assertTrue(ReportViewTest.plain(LocatorJ._get(view.content, ReportPage.class).totals.getText())
                .startsWith("6 tiltak, 0 fullførte, 0 rapporterte. Kostnad i " + ui.year + ": 3 150 000 kr."));
        assertTrue(view.pdfBytes().length > 1000);
    }

    @Test
    void rollForwardByPlanNames() {
        ui.seed();
        ReportView view = MeasuresUi.open("measures/report", ReportView.class);
        view.plan.name.setValue(MeasuresUi.UH_PLAN);
        view.rollForward.click();
        RollForwardDialog dialog = view.dialog;
        assertEquals(MeasuresUi.UH_PLAN, dialog.from.typed());
        dialog.run.click();
        assertTrue(dialog.to.name.isInvalid());
        assertEquals("Vel planen tiltaka skal til", dialog.to.name.getErrorMessage());

        dialog.to.name.setValue("Handlingsdel 2029-2032");
        dialog.fromYear.setValue("2029");
        dialog.toYear.setValue("2032");
        dialog.run.click();
        assertFalse(dialog.skipped.isVisible());
        assertTrue(dialog.created.getText().startsWith("6 tiltak kopiert til «Handlingsdel 2029-2032» for 2029–2032: 86, 87, 88"),
                dialog.created.getText());
        List<Measure> copies = ui.f.measures().list(MeasureQuery.all()).items().stream()
                .filter(m -> "Handlingsdel 2029-2032".equals(m.planName())).toList();
        assertEquals(6, copies.size());

        dialog.run.click();
        assertEquals("Ingen tiltak vart kopierte.", dialog.created.getText());
        assertEquals("Hoppa over fordi nummeret finst i den nye planen frå før: 86, 87, 88, 89, 90, 91", dialog.skipped.getText());
    }

    @Test
    void readersSeeTheReportButNoRollForward() {
        MeasuresUi.signIn(MeasuresUi.READER);
        ReportView view = MeasuresUi.open("measures/report", ReportView.class);
        assertFalse(view.rollForward.isAttached());
        assertTrue(view.show.isAttached());
    }
}
