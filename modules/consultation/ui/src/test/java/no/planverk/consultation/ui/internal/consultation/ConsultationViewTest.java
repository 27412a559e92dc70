package no.planverk.consultation.ui.internal.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import java.time.LocalDate;
import java.util.List;
import no.planverk.consultation.api.Channel;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.Outcome;
import no.planverk.consultation.api.SubmissionDraft;
import no.planverk.consultation.core.internal.ConsultationFixture;
import no.planverk.consultation.ui.internal.ConsultationUi;
import no.planverk.consultation.ui.internal.list.ConsultationsView;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.testing.ContributedViews;
import no.planverk.ui.testing.Rendered;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One consultation's page: facts, the register, the assessment form, letters, publishing; in nynorsk. */
class ConsultationViewTest {

    ConsultationUi ui;
    Consultation c;

    @AfterEach
    void close() {
        ui.close();
    }

    ConsultationView open(UserContext user) {
        ui = new ConsultationUi(user);
        c = ui.f.service().open(ConsultationFixture.draft(LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 20)), ConsultationFixture.PLANNER);
        ui.f.service().submit(c.id(), new SubmissionDraft("Kari Nordmann", "Pensjonistlaget", "kari@example.no", "Vi treng fleire dagtilbod.",
                "4.2", true, null));
        ui.f.service().submit(c.id(), new SubmissionDraft("Ola Løyndom", null, "ola@example.no", "Meir heimeteneste.", null, false, null));
        return ContributedViews.open("consultation/view/" + c.id(), ConsultationView.class);
    }

    @Test
    void theRegisterListsSubmissionsByNumberAndAReaderSeesNoContactDetails() {
        ConsultationView view = open(ConsultationFixture.READER);
        assertEquals("Høyring av kommunedelplan for helse og omsorg", view.title.getText());
        assertEquals("KDP-HO Kommunedelplan helse og omsorg · Planen · 20.11.2026–20.01.2027 · Open · dokumentversjon 7", view.facts.getText());
        assertEquals("Varsla: Eldrerådet (råd), Austrheim kommune (nabokommune)", view.parties.getText());
        assertEquals("2 innspel", view.count.getText());
        assertEquals("1", GridKt._getFormatted(view.register, 0, "number"));
        assertEquals("Kari Nordmann", GridKt._getFormatted(view.register, 0, "submitter"), "allowed to be published");
        assertEquals("", GridKt._getFormatted(view.register, 0, "email"));
        assertEquals("(namn ikkje publisert)", GridKt._getFormatted(view.register, 1, "submitter"));
        assertFalse(view.plannerPart.isVisible(), "publishing, exports and the adoption date are for planners");
        view.register.select(view.register.getListDataView().getItem(0));
        assertFalse(view.assessment.isVisible(), "only planners assess");
    }

    @Test
    void aPlannerAssessesASubmission() {
        ConsultationView view = open(ConsultationFixture.PLANNER);
        assertEquals("ola@example.no", GridKt._getFormatted(view.register, 1, "email"));
        view.register.select(view.register.getListDataView().getItem(0));
        assertTrue(view.assessment.isVisible());
        assertEquals("Innspel 1", view.assessment.heading.getText());
        assertEquals("Vi treng fleire dagtilbod.", view.assessment.text.getText());
        view.assessment.summary.setValue("Ønskjer fleire dagtilbod");
        view.assessment.save.click();
        assertTrue(view.assessment.outcome.isInvalid(), "the outcome is required");
        assertEquals("Vel utfall: teke inn, delvis teke inn, ikkje teke inn eller teke til orientering",
                view.assessment.outcome.getErrorMessage());
        view.assessment.outcome.setValue(Outcome.PARTLY_TAKEN_IN);
        view.assessment.changedSection.setValue("kapittel fire");
        view.assessment.save.click();
        assertTrue(view.assessment.changedSection.isInvalid());
        view.assessment.changedSection.setValue("4.2");
        view.assessment.assessment.setValue("Kommunen aukar dagtilbodet i sentera.");
        view.assessment.save.click();
        assertEquals(List.of("Vurderinga av innspel 1 er lagra."), ContributedViews.notifications());
        assertEquals("Delvis teke inn", GridKt._getFormatted(view.register, 0, "outcome"));
        assertEquals("Ikkje vurdert", GridKt._getFormatted(view.register, 1, "outcome"));
        assertEquals(Outcome.PARTLY_TAKEN_IN, ui.f.service().submissions(c.id(), ConsultationFixture.PLANNER).get(0).assessment().outcome());
    }

    @Test
    void aPlannerRegistersALetterAndPublishesTheReport() {
        ConsultationView view = open(ConsultationFixture.PLANNER);
        view.letter.channel.setValue(Channel.EMAIL);
        view.letter.save.click();
        assertTrue(view.letter.name.isInvalid());
        assertEquals("Skriv namnet ditt", view.letter.name.getErrorMessage());
        view.letter.name.setValue("Alver eldreråd");
        view.letter.text.setValue("Rådet støttar planen.");
        view.letter.save.click();
        assertEquals(List.of("Innspelet er registrert som nr. 3."), ContributedViews.notifications());
        assertEquals("E-post", GridKt._getFormatted(view.register, 2, "channel"));
        assertEquals("3 innspel", view.count.getText());

        assertEquals("Publiser merknadsbehandlinga", view.publish.getText());
        view.publish.click();
        assertEquals("Ta merknadsbehandlinga av nettstaden", view.publish.getText());
        assertTrue(ui.f.service().publishedAssessment(c.id()).isPresent());
        assertFalse(view.csv.getHref().isEmpty());
        assertEquals("Merknadsbehandling (PDF)", view.pdf.getText());

        view.adoptedOn.setValue(LocalDate.of(2027, 3, 1));
        view.saveAdopted.click();
        assertEquals(LocalDate.of(2027, 3, 1), ui.f.service().get(c.id(), ConsultationFixture.PLANNER).adoptedOn());
    }

    @Test
    void aLetterCarriesItsPdfAndAFileThatIsNoPdfIsRefused() {
        ConsultationView view = open(ConsultationFixture.PLANNER);
        view.letter.name.setValue("Grendalaget");
        view.letter.text.setValue("Sjå brevet.");
        UploadKt._upload(view.letter.upload, "brev.pdf", "<html>ikkje pdf</html>".getBytes());
        assertEquals("Vedlegg: brev.pdf", view.letter.file.getText());
        view.letter.save.click();
        assertEquals("Vedlegget er ikkje ei PDF-fil", view.letter.file.getText());
        assertEquals(2, ui.f.service().submissions(c.id(), ConsultationFixture.PLANNER).size(), "nothing registered");
        UploadKt._upload(view.letter.upload, "brev.pdf", "%PDF-1.4 brev".getBytes());
        view.letter.save.click();
        assertEquals("Innspelet er registrert som nr. 3.", ContributedViews.notifications().get(ContributedViews.notifications().size() - 1));
        var stored = ui.f.service().submissions(c.id(), ConsultationFixture.PLANNER).get(2);
        assertEquals("brev.pdf", stored.attachmentName());
        assertEquals("%PDF-1.4 brev", new String(ui.f.service().attachment(stored.id(), ConsultationFixture.PLANNER).bytes()));
        assertEquals("", view.letter.file.getText(), "the form is emptied");
    }

    @Test
    void everyTextOnThePageIsNynorsk() {
        ConsultationView view = open(ConsultationFixture.PLANNER);
        view.register.select(view.register.getListDataView().getItem(0));
        assertEquals(List.of(), Catalogs.englishSentences(Rendered.text()));
        ContributedViews.open("consultation", ConsultationsView.class);
        assertEquals(List.of(), Catalogs.englishSentences(Rendered.text()));
    }

    @Test
    void anUnknownConsultationSaysSo() {
        ui = new ConsultationUi(ConsultationFixture.PLANNER);
        ConsultationView view = ContributedViews.open("consultation/view/999", ConsultationView.class);
        assertEquals("Fann ikkje høyringa", view.title.getText());
        assertNull(view.register.getListDataView().getItems().findFirst().orElse(null));
    }
}
