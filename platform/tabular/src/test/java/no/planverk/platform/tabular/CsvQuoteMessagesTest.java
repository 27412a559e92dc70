package no.planverk.platform.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.planverk.platform.api.RowError;
import no.planverk.platform.core.internal.PlatformMessages;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.Test;

/** The quote mistakes of a CSV file are said in the user's language, not in Commons CSV's English ("EOF reached before …"). */
class CsvQuoteMessagesTest {

    private static final PlatformMessages CATALOG = new PlatformMessages();

    private static RowError only(String csv) {
        Table t = Csv.read(csv.getBytes(StandardCharsets.UTF_8), TableSpec.of(List.of("code", "title")));
        assertEquals(1, t.errors().size(), t.errors().toString());
        return t.errors().get(0);
    }

    @Test
    void aQuoteNeverClosed() {
        RowError e = only("code,title\nB,ok\nC,\"never closed\nD,x\n");
        assertEquals(3, e.line());
        assertEquals("The file is not valid CSV from this line on: a field opens with a quote (\") that is never closed.", e.reason());
        String nn = Catalogs.nynorsk(e.message(), CATALOG);
        assertEquals("Fila er ikkje gyldig CSV frå denne linja: eit felt opnar med hermeteikn (\") som aldri blir lukka.", nn);
        assertEquals("Filen er ikke gyldig CSV fra denne linjen: et felt åpner med anførselstegn (\") som aldri lukkes.",
                Catalogs.translator(CATALOG).text(e.message(), Locale.forLanguageTag("nb-NO")));
    }

    @Test
    void textAfterAClosingQuote() {
        RowError e = only("code,title\nA,\"ab\"c\n");
        assertEquals(2, e.line());
        String nn = Catalogs.nynorsk(e.message(), CATALOG);
        assertEquals("Fila er ikkje gyldig CSV frå denne linja: eit felt i hermeteikn har meir tekst etter det avsluttande hermeteiknet (\"). "
                + "Set heile feltet i hermeteikn og skriv \"\" for hermeteikn inni feltet.", nn);
        assertEquals(List.of(), Catalogs.englishSentences(nn));
    }

    @Test
    void anyOtherParserProblemKeepsItsWords() {
        assertEquals("The file is not valid CSV from this line on: something odd", Csv.invalid("something odd").english());
    }
}
