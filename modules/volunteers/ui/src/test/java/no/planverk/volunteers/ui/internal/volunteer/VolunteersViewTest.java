package no.planverk.volunteers.ui.internal.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.List;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerDraft;
import no.planverk.volunteers.api.VolunteerStatus;
import no.planverk.volunteers.api.VolunteerSummary;
import no.planverk.volunteers.ui.internal.VolunteersUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The volunteer list and a profile for coordinators, erasure, and what a reader gets: nothing about volunteers. */
class VolunteersViewTest {

    private final VolunteersUi ui = new VolunteersUi();

    @AfterEach
    void close() {
        ui.close();
    }

    private static List<String> names(VolunteersView view) {
        return GridKt._fetch(view.grid, 0, 100).stream().map(VolunteerSummary::name).toList();
    }

    private static String cell(VolunteersView view, int row, String key) {
        return GridKt._getCellComponent(view.grid, row, key).getElement().getTextRecursively().strip();
    }

    @Test
    void aCoordinatorSeesTheListWithStatusAndCertificateWarningsAndFilters() {
        ui.active("Kari Testesen", LocalDate.of(2026, 10, 1), "førstehjelp");
        ui.active("Ola Prøvesen", LocalDate.of(2026, 12, 10));
        ui.f.volunteers().create(VolunteerDraft.of("Siri Søkjarsen"), VolunteersUi.COORDINATOR);
        VolunteersView view = VolunteersUi.open("volunteers", VolunteersView.class);

        assertEquals(List.of("Kari Testesen", "Ola Prøvesen", "Siri Søkjarsen"), names(view));
        assertEquals("3 frivillige", view.count.getText());
        assertEquals("Politiattesten gjekk ut 01.10.2026", cell(view, 0, "certificate"));
        assertEquals("severe", GridKt._getCellComponent(view.grid, 0, "certificate").getElement().getAttribute("data-warning"));
        assertEquals("Politiattesten går ut 10.12.2026", cell(view, 1, "certificate"), "expires within 30 days");
        assertEquals("", cell(view, 2, "certificate"));
        assertEquals("Søkjar", cell(view, 2, "status"));
        assertEquals("applicant", GridKt._getCellComponent(view.grid, 2, "status").getElement().getAttribute("data-status"));

        view.status.setValue(VolunteerStatus.ACTIVE);
        assertEquals(List.of("Kari Testesen", "Ola Prøvesen"), names(view));
        view.skill.setValue("førstehjelp");
        assertEquals(List.of("Kari Testesen"), names(view));
        view.skill.clear();
        view.status.clear();
        view.text.setValue("siri");
        assertEquals(List.of("Siri Søkjarsen"), names(view));
    }

    @Test
    void aCoordinatorEditsAProfileWithFieldErrorsAndMovesTheStatusOn() {
        long id = ui.f.volunteers().create(VolunteerDraft.of("Siri Søkjarsen"), VolunteersUi.COORDINATOR).id();
        VolunteerView view = VolunteersUi.open("volunteers/volunteer/" + id, VolunteerView.class);
        assertEquals("Siri Søkjarsen", view.title.getText());
        assertEquals("Siri Søkjarsen", view.form.name.getValue());
        assertNotNull(LocatorJ._get(Button.class, s -> s.withId("planverk-volunteer-status-active")));
        LocatorJ._assertNone(Button.class, s -> s.withId("planverk-volunteer-status-paused"));

        view.form.availability.setValue("kvar dag");
        view.form.certificateExpires.setValue(LocalDate.of(2027, 1, 1));
        view.save.click();
        assertTrue(view.form.availability.isInvalid());
        assertEquals("Skriv tidene som «tys 10:00-14:00», skilde med komma", view.form.availability.getErrorMessage());
        assertTrue(view.form.certificateChecked.isInvalid(), "an expiry needs the day it was checked");
        assertEquals(0, ui.f.volunteers().profile(id, VolunteersUi.COORDINATOR).availability().size(), "nothing saved");

        view.form.availability.setValue("tys 10:00-12:00, tor 18:00-20:00");
        view.form.certificateChecked.setValue(LocalDate.of(2026, 1, 2));
        view.form.email.setValue("siri@example.org");
        view.save.click();
        Volunteer saved = ui.f.volunteers().profile(id, VolunteersUi.COORDINATOR);
        assertEquals(2, saved.availability().size());
        assertEquals("siri@example.org", saved.email());
        assertEquals(LocalDate.of(2027, 1, 1), saved.policeCertificate().expires());

        LocatorJ._get(Button.class, s -> s.withId("planverk-volunteer-status-active")).click();
        assertEquals(VolunteerStatus.ACTIVE, ui.f.volunteers().profile(id, VolunteersUi.COORDINATOR).status());
        assertNotNull(LocatorJ._get(Button.class, s -> s.withId("planverk-volunteer-status-paused")));
    }

    @Test
    void tooLongNotesShowTheLimitAndAreRefusedNotCut() {
        long id = ui.f.volunteers().create(VolunteerDraft.of("Siri Søkjarsen"), VolunteersUi.COORDINATOR).id();
        VolunteerView view = VolunteersUi.open("volunteers/volunteer/" + id, VolunteerView.class);
        String notes = "n".repeat(2010);
        view.form.notes.setValue(notes);
        assertTrue(view.form.notes.getHelperText().endsWith("2 010 / 2 000 teikn"), view.form.notes.getHelperText());
        assertTrue(view.form.notes.isInvalid(), "invalid while typing");
        assertEquals("For lang: høgst 2 000 teikn, ta bort 10.", view.form.notes.getErrorMessage());
        view.save.click();
        assertNull(ui.f.volunteers().profile(id, VolunteersUi.COORDINATOR).notes(), "refused, nothing saved");
        assertEquals(notes, view.form.notes.getValue(), "not cut");
        view.form.notes.setValue("Kort merknad");
        view.save.click();
        assertEquals("Kort merknad", ui.f.volunteers().profile(id, VolunteersUi.COORDINATOR).notes());
    }

    @Test
    void theExportIsJsonWithTheProfileAndIsAudited() {
        Volunteer kari = ui.active("Kari Testesen", LocalDate.of(2028, 1, 1));
        VolunteerView view = VolunteersUi.open("volunteers/volunteer/" + kari.id(), VolunteerView.class);
        String json = new String(DownloadKt._download(view.export), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"name\" : \"Kari Testesen\""), json);
        assertTrue(json.contains("\"expires\" : \"2028-01-01\""), json);
        assertTrue(ui.f.audit().calls().stream().anyMatch(c -> c.action().equals("export")));
    }

    @Test
    void erasureAsksWhatGoesAndWhatStaysThenTheNameIsGoneFromTheList() {
        Volunteer kari = ui.active("Kari Testesen", LocalDate.of(2028, 1, 1));
        ui.active("Ola Prøvesen", LocalDate.of(2028, 1, 1));
        VolunteerView view = VolunteersUi.open("volunteers/volunteer/" + kari.id(), VolunteerView.class);
        view.erase.click();
        ConfirmDialog confirm = LocatorJ._get(ConfirmDialog.class);
        String text = confirm.getElement().getOuterHTML() + confirm.getChildren().map(c -> c.getElement().getOuterHTML()).toList();
        assertTrue(text.contains("Du slettar Kari Testesen for godt."), text);
        assertTrue(text.contains("timane, utan namn"), text);
        assertTrue(text.contains("endringsloggen"), text);
        assertEquals(2, ui.f.volunteers().list(null, null, VolunteersUi.COORDINATOR).size(), "nothing before the confirm");

        ConfirmDialogKt._fireConfirm(confirm);
        VolunteersView list = LocatorJ._get(VolunteersView.class);
        assertEquals(List.of("Ola Prøvesen"), names(list));
        assertFalse(VolunteersUi.html().contains("Kari Testesen"));
        assertTrue(VolunteersUi.notifications().contains("Personopplysningane er sletta."), VolunteersUi.notifications().toString());
    }

    @Test
    void aReaderGetsNoVolunteerDataNoMenuEntryAndAClearMessage() {
        Volunteer kari = ui.active("Kari Testesen", LocalDate.of(2028, 1, 1));
        VolunteersContribution list = new VolunteersContribution(ui.services);
        assertNotNull(list.menu());
        assertFalse(VolunteersUi.READER.has(list.requiredRole()), "the shell hides the menu entry and refuses the route");
        assertTrue(VolunteersUi.COORDINATOR.has(list.requiredRole()));

        VolunteersUi.signIn(VolunteersUi.READER);
        VolunteersView view = VolunteersUi.open("volunteers", VolunteersView.class);
        assertNotNull(view.denied);
        assertTrue(view.denied.getText().startsWith("Opplysningar om frivillige er berre for koordinatorar"), view.denied.getText());
        LocatorJ._assertNone(Grid.class);
        assertFalse(VolunteersUi.html().contains("Kari"));
        assertFalse(VolunteersUi.html().contains("Frivillige</a>"), "no link to the list in the nav bar");

        VolunteerView profile = VolunteersUi.open("volunteers/volunteer/" + kari.id(), VolunteerView.class);
        assertEquals("Ingen tilgang", profile.title.getText());
        assertNull(profile.form);
        assertFalse(VolunteersUi.html().contains("Kari"));
        assertTrue(ui.f.audit().calls().stream().noneMatch(c -> c.action().equals("read")), ui.f.audit().calls().toString());
    }
}
