package no.planverk.volunteers.ui.internal.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import no.planverk.volunteers.api.OrganisationDraft;
import no.planverk.volunteers.ui.internal.NoEnglish;
import no.planverk.volunteers.ui.internal.VolNav;
import no.planverk.volunteers.ui.internal.VolunteersUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The organisation dialog: a name too long or a bad number refused on the field, a taken number and a bad e-mail in nynorsk. */
class OrganisationsViewTest {

    private final VolunteersUi ui = new VolunteersUi();

    @AfterEach
    void close() {
        NoEnglish.reset();
        ui.close();
    }

    @Test
    void aTooLongOrganisationNameIsRefusedNotCut() {
        OrganisationsView view = VolunteersUi.open("volunteers/organisations", OrganisationsView.class);
        view.create.click();
        OrganisationDialog d = LocatorJ._get(OrganisationDialog.class);
        d.name.setValue("L".repeat(201));
        d.number.setValue("974 760 673");
        assertEquals("201 / 200 teikn", d.name.getHelperText());
        d.save();
        assertTrue(d.name.isInvalid());
        assertTrue(ui.f.organisations().list(null).isEmpty());
        assertEquals(201, d.name.getValue().length());
    }

    @Test
    void anOrganisationWithABadNumberIsRefusedOnTheFieldThenSaved() {
        OrganisationsView view = VolunteersUi.open("volunteers/organisations", OrganisationsView.class);
        view.create.click();
        OrganisationDialog d = LocatorJ._get(OrganisationDialog.class);
        d.name.setValue("Alver sanitetslag (oppdikta)");
        d.number.setValue("974760674");
        d.save();
        assertTrue(d.number.isInvalid());
        assertTrue(ui.f.organisations().list(null).isEmpty());
        d.number.setValue("974 760 673");
        d.save();
        assertEquals(1, ui.f.organisations().list(null).size());
        assertEquals("1 lag og organisasjonar", view.count.getText());
    }

    @Test
    void aTakenOrganisationNumberAndABadEmailAreRefusedInNynorsk() {
        NoEnglish.translate();
        ui.f.organisations().create(new OrganisationDraft("Alver sanitetslag (oppdikta)", "974760673", null, null, null, null, null),
                VolunteersUi.COORDINATOR);
        OrganisationsView list = VolunteersUi.open(VolNav.ORGANISATIONS, OrganisationsView.class);
        NoEnglish.check();
        list.create.click();
        OrganisationDialog d = LocatorJ._get(OrganisationDialog.class);
        d.name.setValue("Eit anna lag");
        d.number.setValue("974 760 673");
        d.contactEmail.setValue("ikkje-epost");
        d.save();
        assertEquals("Rett dette: «ikkje-epost» er ikkje ei e-postadresse", d.contactEmail.getErrorMessage());
        NoEnglish.check();
        d.contactEmail.setValue("");
        d.save();
        assertEquals("Rett dette: Ein organisasjon med nummeret 974760673 er alt registrert", d.number.getErrorMessage());
        NoEnglish.check();
        d.close();
    }
}
