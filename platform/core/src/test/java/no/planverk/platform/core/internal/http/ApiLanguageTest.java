package no.planverk.platform.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ApiLanguageTest {

    @Test
    void nynorskOrBokmalOnlyWhenAskedForFirst() {
        assertEquals(Locale.ENGLISH, ApiLanguage.of(null));
        assertEquals(Locale.ENGLISH, ApiLanguage.of("de-DE,de;q=0.9"));
        assertEquals(ApiLanguage.NYNORSK, ApiLanguage.of("nn-NO,nn;q=0.9,en;q=0.5"));
        assertEquals(ApiLanguage.BOKMAL, ApiLanguage.of("nb"));
        assertEquals(ApiLanguage.BOKMAL, ApiLanguage.of("no,en;q=0.5"));
        assertEquals(Locale.ENGLISH, ApiLanguage.of("en-GB,nn;q=0.5"));
        assertEquals(Locale.ENGLISH, ApiLanguage.of(";;;"));
    }
}
