package no.planverk.portal.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LangTest {

    @Test
    void queryBeatsHeaderBeatsFallback() {
        assertEquals(Lang.EN, Lang.of("en", "nn", Lang.NB));
        assertEquals(Lang.NB, Lang.of(null, "de-DE, nb-NO;q=0.9, en;q=0.8", Lang.NN));
        assertEquals(Lang.NB, Lang.of("xx", "no", Lang.NN));
        assertEquals(Lang.NN, Lang.of(null, "de, fr", Lang.NN));
        assertEquals(Lang.NN, Lang.of(null, "not a header;;", Lang.NN));
    }

    @Test
    void everyTextIsInEveryLanguage() throws Exception {
        java.util.Properties nn = load("");
        for (String suffix : new String[] {"_nb", "_en"}) {
            java.util.Properties other = load(suffix);
            assertEquals(nn.keySet(), other.keySet(), "keys of messages" + suffix);
        }
    }

    private static java.util.Properties load(String suffix) throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (var in = LangTest.class.getResourceAsStream("/no/planverk/portal/core/internal/messages" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
