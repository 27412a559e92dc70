package no.planverk.platform.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.planverk.platform.core.internal.PlatformMessages;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.Test;

/** Every text the tables give is in the platform's catalog in nn, nb and en. */
class TableMessagesTest {

    @Test
    void everyKeyIsInThePlatformCatalog() {
        assertEquals("[]", Catalogs.unknownKeys(Path.of("src/main/java"), "platform", PlatformMessages.class,
                "no.planverk.platform.core.internal.messages").toString());
        assertEquals("[]", Catalogs.problems(PlatformMessages.class, "no.planverk.platform.core.internal.messages").toString());
    }

    @Test
    void errorsAreSaidInNynorskAndBokmal() {
        Table t = Csv.read("code;colour\nA;x\n".getBytes(StandardCharsets.UTF_8), TableSpec.of(List.of("code", "title")));
        PlatformMessages catalog = new PlatformMessages();
        assertEquals("Ukjend kolonne «colour». Kolonnane er code,title", Catalogs.nynorsk(t.errors().get(0).message(), catalog));
        assertEquals("Kolonnen «title» mangler (skilletegn funnet: «;»).",
                Catalogs.translator(catalog).text(t.errors().get(1).message(), Locale.forLanguageTag("nb-NO")));
        byte[] latin1 = "code,title\nA,bl\u00e5\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Fila er ikkje UTF-8 (byte 0xE5). Lagre ho som UTF-8 (i Excel: «CSV UTF-8»).",
                Catalogs.nynorsk(Csv.read(latin1, TableSpec.of(List.of("code", "title"))).errors().get(0).message(), catalog));
    }
}
