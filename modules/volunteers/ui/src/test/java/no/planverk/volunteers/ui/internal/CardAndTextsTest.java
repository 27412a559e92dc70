package no.planverk.volunteers.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import no.planverk.ui.api.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard card, and the texts in three languages. */
class CardAndTextsTest {

    private final VolunteersUi ui = new VolunteersUi();

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void theCardCountsForCoordinatorsAndLeavesVolunteersOutForReaders() {
        ui.walks(2);
        ui.active("Kari Testesen", LocalDate.of(2026, 10, 1));
        Card card = (Card) new VolunteersCard(ui.services).create();
        UI.getCurrent().add(card);
        String html = card.getElement().getOuterHTML();
        assertTrue(html.contains("1 aktive frivillige"), html);
        assertTrue(html.contains("1 opne oppdrag"), html);
        assertTrue(html.contains("1 påminningar"), html);
        VolunteersUi.signIn(VolunteersUi.READER);
        String reader = new VolunteersCard(ui.services).create().getElement().getOuterHTML();
        assertFalse(reader.contains("aktive frivillige"), reader);
        assertTrue(reader.contains("1 opne oppdrag"), reader);
    }

    @Test
    void bokmalAndEnglishHaveEveryKeyOfNynorsk() throws Exception {
        Properties nn = load("");
        for (String suffix : new String[] {"_nb", "_en"}) {
            assertEquals(nn.keySet(), load(suffix).keySet(), suffix);
        }
        assertEquals("Every Tuesday at 10:00–12:00 from 01.12.2026",
                VolTexts.TEXTS.get(Texts.ENGLISH, "schedule.weekly", "Tuesday", "10:00–12:00", "01.12.2026"));
        assertEquals("Lag og organisasjoner", VolTexts.TEXTS.get(Texts.BOKMAL, "menu.organisations"));
    }

    private static Properties load(String suffix) throws Exception {
        Properties p = new Properties();
        try (var in = CardAndTextsTest.class.getResourceAsStream("messages" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
