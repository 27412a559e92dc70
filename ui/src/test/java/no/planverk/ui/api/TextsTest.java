package no.planverk.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

    private final Texts texts = new Texts(TextsTest.class, "no.planverk.ui.internal.messages");

    @Test
    void nynorskIsTheDefaultAndTheFallback() {
        assertEquals("Einingar", texts.get(Texts.NYNORSK, "menu.units"));
        assertEquals("Einingar", texts.get(Locale.GERMAN, "menu.units"));
        assertEquals("Einingar", texts.get((Locale) null, "menu.units"));
    }

    @Test
    void bokmalAndEnglish() {
        assertEquals("Enheter", texts.get(Texts.BOKMAL, "menu.units"));
        assertEquals("Enheter", texts.get(Locale.forLanguageTag("no"), "menu.units"));
        assertEquals("Units", texts.get(Locale.US, "menu.units"));
    }

    @Test
    void argumentsAndMissingKeys() {
        assertEquals("Velkomen, kari", texts.get(Texts.NYNORSK, "home.greeting", "kari"));
        assertEquals("!nope!", texts.get(Texts.ENGLISH, "nope"));
    }
}
