package no.planverk.consultation.ui.internal.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.List;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.Subject;
import no.planverk.consultation.api.SubmissionDraft;
import no.planverk.consultation.core.internal.ConsultationFixture;
import no.planverk.consultation.ui.internal.ConsultationUi;
import no.planverk.ui.testing.ContributedViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The list of consultations, the form that opens one and the privacy panel. */
class ConsultationsViewTest {

    ConsultationUi ui;

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void aPlannerPutsAPlanOnConsultationFromTheForm() {
        ui = new ConsultationUi(ConsultationFixture.PLANNER);
        ConsultationsView view = ContributedViews.open("consultation", ConsultationsView.class);
        assertEquals("0 høyringar", view.count.getText());
        view.form.plan.setValue(ConsultationUi.PLANS.all().get(1));
        view.form.subject.setValue(Subject.PROGRAMME);
        view.form.title.setValue("Planprogram for helse og omsorg");
        view.form.opensOn.setValue(LocalDate.of(2026, 12, 1));
        view.form.closesOn.setValue(LocalDate.of(2027, 1, 15));
        view.form.revision.setValue("4");
        view.form.councils.setValue("Eldrerådet\n\nRådet for personar med funksjonsnedsetting\n");
        view.form.municipalities.setValue("Austrheim kommune");
        view.open.click();

        assertEquals(List.of("«Planprogram for helse og omsorg» er lagd ut på høyring."), ContributedViews.notifications());
        assertEquals("1 høyring", view.count.getText());
        Consultation c = ui.f.service().list(ConsultationFixture.PLANNER).get(0);
        assertEquals(3, c.parties().size());
        assertEquals(4L, c.revisionId());
        assertEquals(Subject.PROGRAMME, c.subject());
        assertEquals("PP-HO Planprogram helse og omsorg", GridKt._getFormatted(view.grid, 0, "plan"));
        assertEquals("Planprogrammet", GridKt._getFormatted(view.grid, 0, "subject"));
        assertEquals("01.12.2026–15.01.2027", GridKt._getFormatted(view.grid, 0, "period"));
        assertEquals("Open", GridKt._getFormatted(view.grid, 0, "phase"));
        assertEquals("consultation/view/" + c.id(), ((Anchor) GridKt._getCellComponent(view.grid, 0, "title")).getHref());
        assertEquals("", view.form.title.getValue(), "the form is emptied for the next one");
    }

    @Test
    void aRevisionNumberWithALetterIsRefusedAtTheFieldNotReadAsAnotherNumber() {
        ui = new ConsultationUi(ConsultationFixture.PLANNER);
        ConsultationsView view = ContributedViews.open("consultation", ConsultationsView.class);
        view.form.plan.setValue(ConsultationUi.PLANS.all().get(1));
        view.form.title.setValue("Planprogram for helse og omsorg");
        view.form.opensOn.setValue(LocalDate.of(2026, 12, 1));
        view.form.closesOn.setValue(LocalDate.of(2027, 1, 15));
        view.form.revision.setValue("4x");
        view.open.click();

        assertEquals("4x", view.form.revision.getValue(), "what was typed stays");
        assertTrue(view.form.revision.isInvalid());
        assertEquals("«4x» er ikkje eit heilt tal.", view.form.revision.getErrorMessage());
        assertEquals(List.of(), ui.f.service().list(ConsultationFixture.PLANNER), "nothing is opened on a number the user did not type");
    }

    @Test
    void theServicesRulesShowOnTheFieldsInNynorsk() {
        ui = new ConsultationUi(ConsultationFixture.PLANNER);
        ConsultationsView view = ContributedViews.open("consultation", ConsultationsView.class);
        view.form.plan.setValue(ConsultationUi.PLANS.all().get(0));
        view.form.title.setValue("Høyring");
        view.form.opensOn.setValue(LocalDate.of(2027, 1, 15));
        view.form.closesOn.setValue(LocalDate.of(2026, 12, 1));
        view.open.click();
        assertTrue(view.form.closesOn.isInvalid());
        assertEquals("Høyringsfristen 2026-12-01 er før første dag 2027-01-15", view.form.closesOn.getErrorMessage());
        assertEquals(0, ui.f.service().list(ConsultationFixture.PLANNER).size());
    }

    @Test
    void aReaderSeesTheListButNoFormAndNoPersonalData() {
        ui = new ConsultationUi(ConsultationFixture.READER);
        ui.f.service().open(ConsultationFixture.draft(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20)), ConsultationFixture.PLANNER);
        ui.f.service().open(ConsultationFixture.draft(LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 20)), ConsultationFixture.PLANNER);
        ConsultationsView view = ContributedViews.open("consultation", ConsultationsView.class);
        assertEquals("2 høyringar", view.count.getText());
        assertEquals("Open", GridKt._getFormatted(view.grid, 0, "phase"), "the open one first");
        assertEquals("Avslutta", GridKt._getFormatted(view.grid, 1, "phase"));
        assertNull(view.form.getParent().orElse(null));
        assertNull(view.privacy.getParent().orElse(null));
    }

    @Test
    void aPlannerFindsAndErasesASubmittersData() {
        ui = new ConsultationUi(ConsultationFixture.PLANNER);
        Consultation c = ui.f.service().open(ConsultationFixture.draft(LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 20)),
                ConsultationFixture.PLANNER);
        ui.f.service().submit(c.id(), new SubmissionDraft("Kari Nordmann", null, "kari@example.no", "Tekst", null, false, null));
        ui.f.service().submit(c.id(), new SubmissionDraft("Kari Nordmann", null, "kari@example.no", "Meir tekst", null, false, null));
        ConsultationsView view = ContributedViews.open("consultation", ConsultationsView.class);
        view.privacy.submitter.setValue("KARI@example.no");
        view.privacy.find.click();
        assertEquals("2 innspel: høyring " + c.id() + " nr. 1, høyring " + c.id() + " nr. 2", view.privacy.found.getText());
        assertTrue(view.privacy.export.isVisible());
        assertTrue(view.privacy.export.getHref() != null && !view.privacy.export.getHref().isEmpty());
        view.privacy.eraseNow();
        assertEquals(List.of("Personopplysningane er sletta i 2 innspel."), ContributedViews.notifications());
        assertFalse(view.privacy.erase.isVisible());
        assertNull(ui.f.service().submissions(c.id(), ConsultationFixture.PLANNER).get(0).email());
    }
}
