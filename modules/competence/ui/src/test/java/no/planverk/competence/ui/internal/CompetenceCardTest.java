package no.planverk.competence.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Paragraph;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import no.planverk.ui.api.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard card, and the texts in all three languages. */
class CompetenceCardTest {

    private final CompetenceUi ui = new CompetenceUi(CompetenceUi.READER);

    @AfterEach
    void close() {
        ui.close();
    }

    private void card() {
        Card card = (Card) new CompetenceCard(ui.f.workforce(), ui.f.requirements(), ui.f.fulltime(), ui.f.units()).create();
        UI.getCurrent().add(card);
    }

    private static String text(String id) {
        return LocatorJ._get(Paragraph.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void theCardShowsFteFullTimeShareAndDeviations() {
        ui.gapExample();
        card();
        assertEquals("30,0 årsverk i 40 stillingar", text("planverk-competence-card-fte"));
        assertEquals("Heiltidsdel: 25,0 %", text("planverk-competence-card-fulltime"));
        assertEquals("1 avvik frå lovkrav (Institusjonstenester)", text("planverk-competence-card-deviations"),
                "the card counts every unit, so it names where the deviations are");
    }

    @Test
    void withoutDeviationsTheCardSaysNoUnitHasOne() {
        ui.row("ALV-HO-INST", no.planverk.competence.api.Category.SJUKEPLEIAR, 100, 1, 40, 40);
        card();
        assertEquals("Ingen avvik frå lovkrav i nokon eining", text("planverk-competence-card-deviations"));
    }

    @Test
    void bokmalAndEnglishHaveEveryKeyOfNynorsk() throws Exception {
        Properties nn = load("");
        for (String suffix : new String[] {"_nb", "_en"}) {
            assertEquals(nn.keySet(), load(suffix).keySet(), suffix);
        }
        assertEquals("Heltidsandel per enhet", CompetenceTexts.TEXTS.get(Texts.BOKMAL, "fulltime.units.title"));
        assertEquals("Register year 2025", CompetenceTexts.TEXTS.get(Texts.ENGLISH, "card.year", 2025));
    }

    private static Properties load(String suffix) throws Exception {
        Properties p = new Properties();
        try (var in = CompetenceCardTest.class.getResourceAsStream("messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
