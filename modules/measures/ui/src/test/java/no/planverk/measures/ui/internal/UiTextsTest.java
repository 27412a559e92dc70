package no.planverk.measures.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.Test;

/** Every text of this bundle's views is there in nynorsk, bokmål and English, with the same placeholders (issue 21 §3). */
class UiTextsTest {

    @Test
    void everyKeyHasItsThreeLanguages() {
        assertEquals("[]", Catalogs.problems(UiTextsTest.class, "no.planverk.measures.ui.internal.messages").toString(), "no.planverk.measures.ui.internal.messages");
        assertEquals("[]", Catalogs.problems(UiTextsTest.class, "no.planverk.measures.ui.internal.transfer.messages").toString(), "no.planverk.measures.ui.internal.transfer.messages");
    }
}
