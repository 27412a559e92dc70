package no.planverk.volunteers.ui.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planverk.platform.api.RowError;
import no.planverk.volunteers.api.ImportKind;
import no.planverk.volunteers.ui.internal.VolunteersUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CSV import with preview: every row error with line and column, nothing saved on a bad file; a good file once. */
class ImportViewTest {

    static final String BAD = """
            name,email,units,steps,certificate_checked,status
            Test Testesen,test@example.org,ALV-HO,"1,2",2025-01-10,active
            ,ikkje-epost,ALV-XX,7,10.13.2025,busy
            Test Dobbel,TEST@example.org,,,,
            """;
    static final String GOOD = """
            name;email;skills;availability;units;certificate_checked;certificate_expires;status
            Test Testesen;test@example.org;førstehjelp|bil;tys 10:00-12:00;ALV-HO;1.10.2025;1.10.2028;active
            Prøve Prøvesen;prove@example.org;strikking;;;;;
            """;

    private final VolunteersUi ui = new VolunteersUi();

    @AfterEach
    void close() {
        ui.close();
    }

    private int count() {
        return ui.f.volunteers().list(null, null, VolunteersUi.COORDINATOR).size();
    }

    @Test
    void aBadFileListsEveryRowErrorAndSavesNothing() {
        ImportView view = VolunteersUi.open("volunteers/import", ImportView.class);
        UploadKt._upload(view.upload, "frivillige.csv", BAD.getBytes(StandardCharsets.UTF_8));

        assertTrue(view.errors.isVisible());
        List<RowError> errors = GridKt._fetch(view.errors, 0, 100);
        assertEquals(List.of(3, 3, 3, 3, 3, 3, 4), errors.stream().map(RowError::line).toList(), errors.toString());
        assertEquals(List.of("certificate_checked", "email", "name", "status", "steps", "units", "email"),
                errors.stream().map(RowError::column).toList());
        assertEquals("Unknown unit code 'ALV-XX'", GridKt._getFormatted(view.errors, 5, "reason"));
        assertEquals("3 rader sjekka. 7 feil: ingenting er lagra. Rett fila og last ho opp på nytt.", view.result.getText());
        assertFalse(view.importButton.isEnabled());
        view.runImport();
        assertEquals(0, count());
    }

    @Test
    void aGoodFileIsPreviewedThenImportedOnce() {
        ImportView view = VolunteersUi.open("volunteers/import", ImportView.class);
        UploadKt._upload(view.upload, "frivillige.csv", GOOD.getBytes(StandardCharsets.UTF_8));
        assertEquals("Kontroll: 2 rader utan feil. Trykk «Importer» for å lagre 2 frivillige.", view.result.getText());
        assertEquals(0, count(), "a preview saves nothing");
        view.importButton.click();
        assertEquals("Importert: 2 rader, 2 nye frivillige.", view.result.getText());
        assertFalse(view.importButton.isEnabled());
        assertEquals(2, count());
    }

    @Test
    void organisationsAreCheckedAgainstTheirOwnColumns() {
        ImportView view = VolunteersUi.open("volunteers/import", ImportView.class);
        view.kind.setValue(ImportKind.ORGANISATIONS);
        UploadKt._upload(view.upload, "lag.csv", "name;org_number\nAlver sanitetslag (oppdikta);974760674\n".getBytes(StandardCharsets.UTF_8));
        List<RowError> errors = GridKt._fetch(view.errors, 0, 100);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("org_number", errors.get(0).column());
        assertTrue(ui.f.organisations().list(null).isEmpty());
    }

    @Test
    void anotherKindChecksTheSameFileAgainWithItsColumns() {
        ImportView view = VolunteersUi.open("volunteers/import", ImportView.class);
        UploadKt._upload(view.upload, "lag.csv", "name;org_number\nAlver sanitetslag (oppdikta);974760673\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("org_number", GridKt._fetch(view.errors, 0, 10).get(0).column(), "read as volunteers: a column they do not have");
        assertFalse(view.importButton.isEnabled());
        assertTrue(view.panel.columns.getElement().getTextRecursively().contains(ImportView.VOLUNTEER_COLUMNS));
        view.kind.setValue(ImportKind.ORGANISATIONS);
        assertEquals("Kontroll: 1 rader utan feil. Trykk «Importer» for å lagre 1 lag.", view.result.getText());
        assertTrue(view.panel.columns.getElement().getTextRecursively().contains(ImportView.ORGANISATION_COLUMNS));
        view.importButton.click();
        assertEquals(List.of("Alver sanitetslag (oppdikta)"), ui.f.organisations().list(null).stream().map(o -> o.name()).toList());
        assertEquals(0, count(), "no volunteer saved");
    }
}
