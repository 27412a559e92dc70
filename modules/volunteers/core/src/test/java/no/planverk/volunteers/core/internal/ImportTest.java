package no.planverk.volunteers.core.internal;

import static no.planverk.volunteers.core.internal.Samples.COORDINATOR;
import static no.planverk.volunteers.core.internal.Samples.LEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.RowError;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportFile;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.api.transfer.ModuleTransfer;
import no.planverk.platform.testing.Catalogs;
import no.planverk.volunteers.api.Organisation;
import no.planverk.volunteers.api.Volunteer;
import no.planverk.volunteers.api.VolunteerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ImportTest {

    static final String ORGS = """
            name;org_number;contact_email;activities;agreement_type;agreement_from;agreement_to;agreement_document
            Alver sanitetslag (oppdikta);974760673;post@example.org;besøksven|strikkekafé;samarbeidsavtale;1.1.2025;31.12.2027;Avtale 2025-14.pdf
            Knarvik idrettslag (oppdikta);923609016;;trim for eldre;;;;
            """;

    final VolunteersFixture f = VolunteersFixture.inMemory();
    final ModuleTransfer transfer = f.transfer();

    @AfterEach
    void close() {
        f.close();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static ImportFile csv(String kind, byte[] content) {
        return new ImportFile(FileFormat.CSV, kind, content);
    }

    @Test
    void importsOrganisationsWithSemicolonsNorwegianDatesAndAgreements() {
        ImportSummary preview = transfer.preview(csv("organisations", utf8(ORGS)), COORDINATOR);
        assertEquals(new ImportSummary(2, 0, 0, List.of(), List.of(), false), preview);
        assertTrue(f.organisations().list(null).isEmpty(), "a preview saves nothing");
        ImportSummary done = transfer.commit(csv("organisations", utf8(ORGS)), COORDINATOR);
        assertEquals(new ImportSummary(2, 2, 0, List.of(), List.of(), true), done);
        Organisation o = f.organisations().list("sanitet").get(0);
        assertEquals(List.of("besøksven", "strikkekafé"), o.activities());
        assertEquals(LocalDate.of(2027, 12, 31), o.agreements().get(0).to());
        assertEquals("Avtale 2025-14.pdf", o.agreements().get(0).document());
        ImportSummary again = transfer.commit(csv("organisations", utf8(ORGS)), COORDINATOR);
        assertEquals(text(List.of(new RowError(2, "org_number", "An organisation with number 974760673 is registered already"),
                new RowError(3, "org_number", "An organisation with number 923609016 is registered already"))), text(again.errors()));
    }

    @Test
    void aBadFileListsEveryRowErrorAndSavesNothing() {
        String csv = """
                name,email,phone,organisation,availability,units,steps,certificate_checked,certificate_expires,status
                Test Testesen,test@example.org,,,"tue 10:00-12:00, thu 18:00-20:00",ALV-HO,"1,2",2025-01-10,2028-01-10,active
                ,ikkje-epost,,999999999,someday 10-12,ALV-XX,7,10.13.2025,,busy
                Test Dobbel,TEST@example.org,,,,,,,,
                """;
        ImportSummary s = transfer.commit(csv("volunteers", utf8(csv)), COORDINATOR);
        assertFalse(s.committed());
        assertEquals(text(List.of(
                new RowError(3, "status", "Status is applicant, active, paused or archived, not 'busy'"),
                new RowError(3, "organisation", "No organisation has the number 999999999"),
                new RowError(3, "units", "Unknown unit code 'ALV-XX'"),
                new RowError(3, "availability", "Write a time slot as 'mon 10:00-14:00', not 'someday 10-12'"),
                new RowError(3, "certificate_checked", "'10.13.2025' is not a date (2026-03-01 or 1.3.2026)"),
                new RowError(3, "name", "The volunteer needs a name"),
                new RowError(3, "email", "Not an e-mail address"),
                new RowError(3, "steps", "Steps of the staircase are 1 to 4"),
                new RowError(4, "email", "The same e-mail address is on line 2"))), text(s.errors()));
        assertEquals("Rada 3, status: Status er applicant, active, paused eller archived, ikkje «busy»", "Rada 3, "
                + s.errors().get(0).column() + ": " + Catalogs.nynorsk(s.errors().get(0).message(), new VolunteersMessages()));
        assertTrue(f.volunteers().list(null, null, COORDINATOR).isEmpty());
    }

    @Test
    void importsVolunteersLinkedToOrganisationsAndUnitsInOneGo() {
        transfer.commit(csv("organisations", utf8(ORGS)), COORDINATOR);
        String csv = "\uFEFFname;email;organisation;skills;availability;units;steps;consent_date;consent_purposes;status\n"
                + "Test Testesen;test@example.org;974 760 673;Førstehjelp, bil;tue 10:00-12:00;ALV-HO;2;2026-01-05;matching|contact;active\n"
                + "Kari Prøvesen;;;;;;;;;\n";
        ImportSummary s = transfer.commit(csv("volunteers", utf8(csv)), COORDINATOR);
        assertEquals(new ImportSummary(2, 2, 0, List.of(), List.of(), true), s);
        long id = f.volunteers().list(VolunteerStatus.ACTIVE, null, COORDINATOR).get(0).id();
        Volunteer v = f.volunteers().profile(id, COORDINATOR);
        assertEquals(f.organisations().list("sanitet").get(0).id(), v.organisationId());
        assertEquals(List.of("førstehjelp", "bil"), v.skills());
        assertEquals(List.of(f.units().id("ALV-HO")), v.preferredUnitIds());
        assertEquals(List.of("matching", "contact"), v.consent().purposes());
        assertEquals(VolunteerStatus.APPLICANT, f.volunteers().list(null, "kari", COORDINATOR).get(0).status());
        assertEquals(text(List.of(new RowError(2, "email", "A volunteer with this e-mail address is registered already"))), text(transfer
                .preview(csv("volunteers", utf8(csv)), COORDINATOR).errors()));
    }

    @Test
    void refusesAFileThatIsNotUtf8UnknownColumnsAndNonCoordinators() {
        byte[] latin1 = "name\nTest Ørnesen\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(text(List.of(new RowError(2, null, "The file is not UTF-8 (byte 0xD8); save it as UTF-8 (in Excel: \"CSV UTF-8\")"))), text(transfer.preview(csv("volunteers", latin1), COORDINATOR).errors()));
        ImportSummary s = transfer.preview(csv("organisations", utf8("navn,org_number\nX,974760673\n")), COORDINATOR);
        assertEquals(List.of("navn", "name"), s.errors().stream().map(RowError::column).toList());
        assertThrows(AccessDeniedException.class, () -> transfer.preview(csv("volunteers", utf8("name\nX\n")), LEADER));
    }

    @Test
    void theTransferContractPreviewsCommitsAllOrNothingAndNamesItsKinds() {
        assertEquals("volunteers", transfer.module());
        assertEquals(List.of("volunteers", "organisations"), transfer.kinds());
        assertEquals(java.util.Set.of(FileFormat.CSV), transfer.importFormats("organisations"));
        String mixed = ORGS + "Utan nummer;12;;;;;;\n";
        ImportSummary refused = transfer.commit(csv("organisations", utf8(mixed)), COORDINATOR);
        assertFalse(refused.committed());
        assertEquals(List.of(4), refused.errors().stream().map(RowError::line).toList());
        assertTrue(f.organisations().list(null).isEmpty(), "a file with one bad row saves none of its good rows");
        assertThrows(InvalidInputException.class, () -> transfer.preview(new ImportFile(FileFormat.XLSX, "organisations", utf8(ORGS)),
                COORDINATOR));
        assertThrows(InvalidInputException.class, () -> transfer.preview(csv("hours", utf8(ORGS)), COORDINATOR));
    }

    /** Row errors as line, column and English reason (the message keys behind them aside). */
    static List<String> text(List<RowError> errors) {
        return errors.stream().map(RowError::toString).toList();
    }
}
