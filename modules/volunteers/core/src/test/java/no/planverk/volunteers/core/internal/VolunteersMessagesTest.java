package no.planverk.volunteers.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import no.planverk.platform.api.Message;
import no.planverk.platform.testing.Catalogs;
import no.planverk.volunteers.api.OrganisationDraft;
import org.junit.jupiter.api.Test;

/** Every message key of the module (api and core) has nynorsk, bokmål and English with the same placeholders. */
class VolunteersMessagesTest {

    private static final String BASE = VolunteersMessages.BASE_NAME;

    @Test
    void everyKeyInEveryLanguage() {
        assertEquals(List.of(), Catalogs.problems(VolunteersMessages.class, BASE));
    }

    @Test
    void everyKeyTheCodeNamesExists() {
        assertEquals(List.of(), Catalogs.unknownKeys(Path.of("src/main/java"), "volunteers", VolunteersMessages.class, BASE));
        assertEquals(List.of(), Catalogs.unknownKeys(Path.of("../api/src/main/java"), "volunteers", VolunteersMessages.class, BASE));
    }

    @Test
    void theDraftsSpeakNynorsk() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(no.planverk.platform.api.InvalidInputException.class,
                () -> new OrganisationDraft(" ", "123", null, "x@", null, null, null).validated());
        Message number = e.fieldMessages().get("orgNumber");
        assertEquals("«123» er ikkje eit gyldig organisasjonsnummer (ni siffer, kontrollsiffer etter modulus 11)",
                Catalogs.nynorsk(number, new VolunteersMessages()));
        assertEquals("'123' is not a valid organisation number (nine digits, mod-11 check digit)", number.english());
        assertEquals("Organisasjonen har feil: sjå felta.", Catalogs.nynorsk(e.message(), new VolunteersMessages()));
    }
}
