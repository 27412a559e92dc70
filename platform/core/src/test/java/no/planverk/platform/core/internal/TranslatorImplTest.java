package no.planverk.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.Test;

/** The platform's messages in nynorsk, bokmål and English, and the same keys with valid patterns in every language. */
class TranslatorImplTest {

    static final Locale NN = Locale.forLanguageTag("nn-NO");
    static final Locale NB = Locale.forLanguageTag("nb-NO");

    final TranslatorImpl translator = new TranslatorImpl();

    TranslatorImplTest() {
        translator.addCatalog(new PlatformMessages());
    }

    @Test
    void saysAKeyedMessageInTheLanguageAsked() {
        Message taken = Message.of("platform.unit.code.taken", "The code ''{0}'' is already used by another unit.", "ALV-HO");
        assertEquals("The code 'ALV-HO' is already used by another unit.", taken.english());
        assertEquals("Koden «ALV-HO» er alt brukt av ei anna eining.", translator.text(taken, NN));
        assertEquals("Koden «ALV-HO» er allerede brukt av en annen enhet.", translator.text(taken, NB));
        assertEquals("The code 'ALV-HO' is already used by another unit.", translator.text(taken, Locale.ENGLISH));
    }

    @Test
    void englishWhenTheKeyOrItsCatalogIsMissing() {
        assertEquals("as it was", translator.text(Message.plain("as it was"), NN));
        assertEquals("fallback", translator.text(Message.of("platform.no.such.key", "fallback"), NN));
        assertEquals("other", translator.text(Message.of("measures.anything", "other"), NN));
    }

    @Test
    void platformErrorsCarryTheirKeys() {
        NotFoundException e = NotFoundException.of("Plan", 7);
        assertEquals("Plan 7 was not found", e.getMessage());
        assertEquals("Plan 7 finst ikkje.", translator.text(e, NN));
    }

    @Test
    void everyKeyHasEveryLanguageAndEveryKeyUsedExists() {
        assertEquals("[]", Catalogs.problems(PlatformMessages.class, "no.planverk.platform.core.internal.messages").toString());
        for (String module : new String[] {"api", "core", "persistence", "security"}) {
            Path sources = Path.of("..", module, "src", "main", "java");
            assertEquals("[]", Catalogs.unknownKeys(sources, "platform", PlatformMessages.class,
                    "no.planverk.platform.core.internal.messages").toString(), module);
        }
    }

    @Test
    void englishSentencesAreFound() {
        assertTrue(Catalogs.englishSentences("Koden er alt brukt.\nThe code is already used by another unit").size() == 1);
    }
}
