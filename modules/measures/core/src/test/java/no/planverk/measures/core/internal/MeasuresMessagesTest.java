package no.planverk.measures.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.Test;

/** The measures module's messages: every key in nn, nb and en, and every key the api, core and plans bridge name is in the catalog. */
class MeasuresMessagesTest {

    final MeasuresMessages catalog = new MeasuresMessages();

    @Test
    void everyKeyHasEveryLanguage() {
        assertEquals("[]", Catalogs.problems(MeasuresMessages.class, MeasuresMessages.BASE_NAME).toString());
    }

    @Test
    void everyKeyTheCodeNamesExists() {
        for (String sources : new String[] {"src/main/java", "../api/src/main/java", "../plans/src/main/java"}) {
            // file names such as "measures.csv" and the document block type "measures.measure-table" look like keys but are none
            List<String> unknown = Catalogs.unknownKeys(Path.of(sources), "measures", MeasuresMessages.class, MeasuresMessages.BASE_NAME)
                    .stream().filter(k -> !k.matches("measures\\.(csv|json|xlsx|measure-table) .*")).toList();
            assertEquals("[]", unknown.toString(), sources);
        }
    }

    @Test
    void aDraftsErrorsAreSaidInNynorskAndBokmal() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MeasureDraft.of(1L, "8 6", " ").validated());
        assertEquals("Tiltaket har feil: sjå felta.", Catalogs.nynorsk(e.message(), catalog));
        assertEquals("Skriv ein tittel.", Catalogs.nynorsk(e.fieldMessages().get("title"), catalog));
        assertEquals("Nummeret kan ha høyst 20 bokstaver, tall, «.», «-», «/» eller «_», uten mellomrom.",
                Catalogs.translator(catalog).text(e.fieldMessages().get("number"), Locale.forLanguageTag("nb-NO")));
        assertEquals("The measure has errors: Number: at most 20 letters, digits, '.', '-', '/' or '_', no spaces; Title is required",
                e.getMessage());
    }
}
