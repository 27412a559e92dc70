package no.example.bustad.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import no.example.bustad.api.EntryDraft;
import no.example.bustad.api.HousingStep;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.Test;

/**
 * Bustad's messages through Planverk's key mechanism: every key in nynorsk, bokmål and English with the same
 * placeholders, every key the api and core name is in the catalog, and a draft's problems read in each language.
 */
class BustadMessagesTest {

    final BustadMessages catalog = new BustadMessages();

    @Test
    void everyKeyHasEveryLanguage() {
        assertEquals("[]", Catalogs.problems(BustadMessages.class, BustadMessages.BASE_NAME).toString());
    }

    @Test
    void everyKeyTheCodeNamesExists() {
        for (String sources : new String[] {"src/main/java", "../api/src/main/java"}) {
            assertEquals("[]", Catalogs.unknownKeys(Path.of(sources), "bustad", BustadMessages.class, BustadMessages.BASE_NAME).toString(),
                    sources);
        }
    }

    @Test
    void aDraftsProblemsAreSaidInTheUsersLanguageAndInEnglishForTheLog() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new EntryDraft("01017012345", null, HousingStep.CARE_HOME, LocalDate.of(2025, 6, 1), null, "x".repeat(501)));
        assertEquals("Plassen har feil: sjå felta.", Catalogs.nynorsk(e.message(), catalog));
        assertEquals("Referansen kan ikkje vere eit fødselsnummer: lista har ingen personopplysningar.",
                Catalogs.nynorsk(e.fieldMessages().get("reference"), catalog));
        assertEquals("Velg enheten boligen søkes ved.",
                Catalogs.translator(catalog).text(e.fieldMessages().get("unitId"), Locale.forLanguageTag("nb-NO")));
        assertEquals("Merknaden kan ha høgst 500 teikn, ikkje 501.", Catalogs.nynorsk(e.fieldMessages().get("note"), catalog));
        assertEquals("Choose the unit the home is sought at", e.fieldErrors().get("unitId"), "the API's English stays");
    }
}
