package no.planverk.measures.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.Test;

/** Every text of this bundle's views is there in nynorsk, bokmål and English, with the same placeholders (issue 21 §3). */
class UiTextsTest {

    @Test
    void everyKeyHasItsThreeLanguages() {
        assertEquals("[]", Catalogs.problems(UiTextsTest.class, "no.planverk.measures.ui.internal.messages").toString(), "no.planverk.measures.ui.internal.messages");
        assertEquals("[]", Catalogs.problems(UiTextsTest.class, "no.planverk.measures.ui.internal.transfer.messages").toString(), "no.planverk.measures.ui.internal.transfer.messages");
    }

    /** ui.api Texts gives a text without arguments as it is written (no MessageFormat), so '' there shows as two quotes. */
    @Test
    void apostropheShownAsItIs() {
        assertEquals(List.of(), doubled("no.planverk.measures.ui.internal.messages"), "no.planverk.measures.ui.internal.messages");
        assertEquals(List.of(), doubled("no.planverk.measures.ui.internal.transfer.messages"), "no.planverk.measures.ui.internal.transfer.messages");
    }

    private static List<String> doubled(String bundle) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Properties> lang : Catalogs.files(UiTextsTest.class, bundle).entrySet()) {
            lang.getValue().forEach((k, v) -> {
                if (!v.toString().matches("(?s).*\\{\\d.*") && v.toString().contains("''")) {
                    found.add(lang.getKey() + " " + k);
                }
            });
        }
        return found;
    }
}
