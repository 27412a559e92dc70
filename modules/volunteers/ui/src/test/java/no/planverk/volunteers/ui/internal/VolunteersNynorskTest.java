package no.planverk.volunteers.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.UploadKt;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.planverk.platform.core.internal.PlatformMessages;
import no.planverk.platform.testing.Catalogs;
import no.planverk.ui.api.ServerTexts;
import no.planverk.volunteers.api.Assignment;
import no.planverk.volunteers.api.OrganisationDraft;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.core.internal.VolunteersMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import no.planverk.ui.testing.Rendered;

/**
 * In nynorsk, the volunteer views, the placement warnings, the import's row errors and the services' messages in
 * notices and fields hold no English.
 */
class VolunteersNynorskTest {

    private final VolunteersUi ui = new VolunteersUi();

    @BeforeEach
    void translate() {
        // the file errors (platform.table.*) are in the platform's catalog, as in a running Planverk
        ServerTexts.use(Catalogs.translator(new VolunteersMessages(), new PlatformMessages()));
    }

    @AfterEach
    void close() {
        ServerTexts.use(null);
        ui.close();
    }

    private static String noEnglish() {
        String all = Rendered.text() + "\n" + String.join("\n", VolunteersUi.notifications());
        assertEquals(List.of(), Catalogs.englishSentences(all), all);
        return all;
    }

    @Test
    void theViewsAndThePlacementWarningsSpeakNynorsk() {
        Assignment walks = ui.walks(1);
        Volunteer ok = ui.active("Ola Prøvesen", LocalDate.of(2028, 1, 1));
        Volunteer expired = ui.active("Kari Testesen", LocalDate.of(2026, 10, 1), "førstehjelp");
        VolunteersUi.open(VolNav.VOLUNTEERS, VolunteersView.class);
        noEnglish();
        VolunteersUi.open(VolNav.VOLUNTEER + "/" + expired.id(), VolunteerView.class);
        noEnglish();
        VolunteersUi.open(VolNav.ASSIGNMENTS, AssignmentsView.class);
        noEnglish();
        AssignmentView view = VolunteersUi.open(VolNav.ASSIGNMENT + "/" + walks.id(), AssignmentView.class);
        view.matches.place(ok.id(), ok.name());
        VolunteerSummaryPick.pick(view.matches, expired.id());
        view.matches.placeOther.click();
        String placed = noEnglish();
        assertTrue(placed.contains("Politiattesten er ikkje gyldig 25.11.2026: han gjekk ut 01.10.2026"), placed);
        assertTrue(placed.contains("Oppdraget har alle dei frivillige det treng"), placed);

        view.matches.place(ok.id(), ok.name());
        String again = String.join("\n", VolunteersUi.notifications());
        assertTrue(again.contains("Den frivillige " + ok.id() + " er alt sett opp på dette oppdraget"), again);
        noEnglish();
        VolunteersUi.open(VolNav.CALENDAR, CalendarView.class);
        noEnglish();
        VolunteersUi.open(VolNav.REPORT, ReportView.class);
        noEnglish();
    }

    @Test
    void aTakenOrganisationNumberAndTheImportsRowErrorsAreNynorsk() {
        ui.f.organisations().create(new OrganisationDraft("Alver sanitetslag (oppdikta)", "974760673", null, null, null, null, null),
                VolunteersUi.COORDINATOR);
        OrganisationsView list = VolunteersUi.open(VolNav.ORGANISATIONS, OrganisationsView.class);
        noEnglish();
        list.create.click();
        OrganisationDialog d = LocatorJ._get(OrganisationDialog.class);
        d.name.setValue("Eit anna lag");
        d.number.setValue("974 760 673");
        d.contactEmail.setValue("ikkje-epost");
        d.save();
        assertEquals("Rett dette: «ikkje-epost» er ikkje ei e-postadresse", d.contactEmail.getErrorMessage());
        noEnglish();
        d.contactEmail.setValue("");
        d.save();
        assertEquals("Rett dette: Ein organisasjon med nummeret 974760673 er alt registrert", d.number.getErrorMessage());
        noEnglish();
        d.close();

        ImportView view = VolunteersUi.open(VolNav.IMPORT, ImportView.class);
        UploadKt._upload(view.upload, "frivillige.csv", ImportViewTest.BAD.getBytes(StandardCharsets.UTF_8));
        assertEquals("Ukjend einingskode «ALV-XX»", GridKt._getFormatted(view.errors, 5, "reason"));
        noEnglish();
        UploadKt._upload(view.upload, "frivillige.csv", "namn,e-post\nX,y\n".getBytes(StandardCharsets.UTF_8));
        noEnglish();
    }
}
