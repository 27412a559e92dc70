package no.planverk.volunteers.ui.internal.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.Match;
import no.planverk.platform.api.link.MeasureDirectory;
import no.planverk.platform.api.link.MeasureRef;
import no.planverk.volunteers.api.Placement;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.ui.internal.VolunteersUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An assignment's page: counts, ranked matches, placing with the warnings shown, ending, hours; what a reader sees. */
class AssignmentViewTest {

    private final VolunteersUi ui = new VolunteersUi();

    @AfterEach
    void close() {
        ui.close();
    }

    private static AssignmentView open(Assignment a) {
        return VolunteersUi.open("volunteers/assignment/" + a.id(), AssignmentView.class);
    }

    @Test
    void placingAVolunteerWithAnExpiredCertificateShowsTheWarningBeforeAndAfter() {
        Assignment walks = ui.walks(2);
        Volunteer ok = ui.active("Ola Prøvesen", LocalDate.of(2028, 1, 1));
        Volunteer expired = ui.active("Kari Testesen", LocalDate.of(2026, 10, 1));
        AssignmentView view = open(walks);
        assertEquals("Treng 2 frivillige: ingen plasserte, 2 manglar. Oppdraget er ope.", view.counts.getText());
        List<Match> ranked = GridKt._fetch(view.matches.grid, 0, 100);
        assertEquals(List.of(ok.id()), ranked.stream().map(Match::volunteerId).toList(), "an expired certificate is not ranked");

        VolunteerSummaryPick.pick(view.matches, expired.id());
        String before = view.matches.otherWarnings.getElement().getOuterHTML();
        assertTrue(before.contains("Politiattesten er ikkje gyldig 25.11.2026: han gjekk ut 01.10.2026"), before);

        view.matches.placeOther.click();
        String after = view.result.getElement().getOuterHTML();
        assertTrue(view.result.isVisible());
        assertTrue(after.contains("Kari Testesen er plassert frå 25.11.2026. Sjå over åtvaringa:"), after);
        assertTrue(after.contains("data-conflict=\"CERTIFICATE_EXPIRED\""), after);
        assertTrue(after.contains("Politiattesten er ikkje gyldig 25.11.2026: han gjekk ut 01.10.2026"), after);
        assertEquals("Treng 2 frivillige: 1 plassert, 1 manglar. Oppdraget er ope.", view.counts.getText());
        assertEquals(List.of(expired.id()), GridKt._fetch(view.team.placements, 0, 10).stream().map(Placement::volunteerId).toList());
    }

    @Test
    void aCoordinatorPlacesTheBestMatchLogsHoursAndEndsThePlacement() {
        Assignment walks = ui.walks(1);
        Volunteer ola = ui.active("Ola Prøvesen", LocalDate.of(2028, 1, 1));
        AssignmentView view = open(walks);
        assertEquals("ferdigheiter 40 · interesser 15 · tid 25 · eining 5 · trinn 5", GridKt._getFormatted(view.matches.grid, 0, "why"));
        view.matches.place(ola.id(), ola.name());
        assertTrue(view.result.getElement().getOuterHTML().contains("Ola Prøvesen er plassert frå 25.11.2026."));
        assertTrue(view.counts.getText().endsWith("Oppdraget er fullt."), view.counts.getText());

        view.team.who.setValue(GridKt._fetch(view.team.placements, 0, 10).get(0));
        view.team.date.setValue(VolunteersUi.TODAY);
        view.team.amount.setValue("1x75");
        assertTrue(view.team.amount.isInvalid(), "a letter keeps the field invalid");
        assertEquals("«1x75» er ikkje eit tal (skriv til dømes 1,5).", view.team.amount.getErrorMessage());
        view.team.log.click();
        assertTrue(ui.f.hours().forAssignment(walks.id(), VolunteersUi.COORDINATOR).isEmpty(), "nothing logged on a value not shown");
        assertEquals("1x75", view.team.amount.getValue(), "the text stays as typed");
        view.team.amount.setValue("1,7");
        view.team.log.click();
        assertTrue(view.team.amount.isInvalid(), "quarter hours only");
        view.team.amount.setValue("1,75");
        view.team.log.click();
        assertEquals(new BigDecimal("1.75"), ui.f.hours().forAssignment(walks.id(), VolunteersUi.COORDINATOR).get(0).hours());
        assertEquals("I alt 1,75 timar i 1 føringar.", view.team.total.getText());

        view.team.end(GridKt._fetch(view.team.placements, 0, 10).get(0));
        assertEquals(VolunteersUi.TODAY, ui.f.assignments().placements(walks.id(), VolunteersUi.COORDINATOR).get(0).to());
        assertTrue(view.result.getElement().getOuterHTML().contains("Plasseringa til Ola Prøvesen er avslutta i dag."));
    }

    @Test
    void withTheMeasuresModuleAnAssignmentServesAMeasureAndKeepsItWhenTheModuleIsGone() {
        MeasureRef post = new MeasureRef(41, null, "3.3.1.1-b", "Etablering av stilling som koordinator for frivillig innsats");
        MeasureDirectory measures = new MeasureDirectory() {
            @Override
            public List<MeasureRef> measures() {
                return List.of(new MeasureRef(40, null, "3.3.1.1-a", "Handlingsplan for samhandling"), post);
            }

            @Override
            public Optional<MeasureRef> find(long id) {
                return measures().stream().filter(m -> m.id() == id).findFirst();
            }
        };
        ui.f.directory(measures);
        ((AssignmentContribution) ui.contributions.get(3)).setDirectory(measures);
        Assignment walks = ui.walks(2);
        AssignmentView view = open(walks);
        assertTrue(LocatorJ._find(view, ListItem.class, s -> s.withId("planverk-assignment-measure")).isEmpty(), "serves none yet");
        view.edit.click();
        AssignmentDialog d = LocatorJ._get(AssignmentDialog.class);
        assertEquals(2, d.measure.getListDataView().getItemCount());
        d.measure.setValue(post);
        d.save.click();
        assertEquals(41L, ui.f.assignments().find(walks.id()).orElseThrow().measureId());
        Anchor link = LocatorJ._get(view, Anchor.class, s -> s.withText("3.3.1.1-b Etablering av stilling som koordinator for frivillig innsats"));
        assertEquals("measures/measure/41", link.getHref());

        ((AssignmentContribution) ui.contributions.get(3)).unsetDirectory(measures);
        ui.f.directory(null);
        view = open(ui.f.assignments().find(walks.id()).orElseThrow());
        assertEquals("Tiltak: tiltak med id 41", LocatorJ._get(view, ListItem.class, s -> s.withId("planverk-assignment-measure"))
                .getElement().getTextRecursively());
        view.edit.click();
        d = LocatorJ._get(AssignmentDialog.class);
        assertFalse(d.measure.isAttached(), "no measure field without the module");
        d.title.setValue("Turvenn på tysdagar");
        d.save.click();
        assertEquals(41L, ui.f.assignments().find(walks.id()).orElseThrow().measureId(), "the link is kept");
    }

    @Test
    void aReaderSeesTheAssignmentButNotItsVolunteers() {
        Assignment walks = ui.walks(1);
        Volunteer ola = ui.active("Ola Prøvesen", LocalDate.of(2028, 1, 1));
        ui.f.assignments().assign(walks.id(), ola.id(), VolunteersUi.COORDINATOR);
        VolunteersUi.signIn(VolunteersUi.READER);
        AssignmentView view = open(walks);
        assertEquals("Turvenn", view.title.getText());
        assertNull(view.team);
        assertNull(view.matches);
        LocatorJ._get(Paragraph.class, s -> s.withId("planverk-assignment-team-denied"));
        assertFalse(VolunteersUi.html().contains("Ola"));
    }
}
