package no.planverk.forecasting.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.Properties;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.ui.api.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard card, and the texts in all three languages. */
class ForecastCardTest {

    private final ForecastingUi ui = new ForecastingUi();

    @AfterEach
    void close() {
        ui.close();
    }

    private Card card() {
        Card card = (Card) new ForecastCard(ui.f.service()).create();
        UI.getCurrent().add(card);
        return card;
    }

    @Test
    void withoutRunsTheCardSaysSo() {
        card();
        assertEquals("Ingen prognosar er lagra enno.", LocatorJ._get(Paragraph.class, s -> s.withId("planverk-forecasting-card-latest")).getText());
    }

    @Test
    void theCardCountsRunsAndInputsAndLinksTheLatestRun() {
        ui.example();
        long population = ui.f.service().inputs(InputKind.POPULATION).get(0).id();
        long users = ui.f.service().inputs(InputKind.SERVICE_USERS).get(0).id();
        ui.f.service().saveRun("Fyrste", "", RunSpec.of(population, users), ForecastingUi.PLANNER);
        long second = ui.f.service().saveRun("Andre", "", RunSpec.of(population, users), ForecastingUi.PLANNER).id();
        Card card = card();
        assertTrue(card.getElement().getOuterHTML().contains("2 lagra prognosar, 2 grunnlag"), card.getElement().getOuterHTML());
        Anchor latest = LocatorJ._get(Anchor.class, s -> s.withText("Andre"));
        assertEquals("forecasting/run/" + second, latest.getHref());
    }

    @Test
    void bokmalAndEnglishHaveEveryKeyOfNynorsk() throws Exception {
        Properties nn = load("");
        for (String suffix : new String[] {"_nb", "_en"}) {
            assertEquals(nn.keySet(), load(suffix).keySet(), suffix);
        }
        assertEquals("Result 2020–2050", ForecastTexts.TEXTS.get(Texts.ENGLISH, "result.title", 2020, 2050));
        assertEquals("Lagrede prognoser", ForecastTexts.TEXTS.get(Texts.BOKMAL, "menu.runs"));
        assertEquals("Brukarar per teneste i 2050", ForecastTexts.TEXTS.get(Locale.forLanguageTag("nn-NO"), "chart.bar.title", 2050));
    }

    private static Properties load(String suffix) throws Exception {
        Properties p = new Properties();
        try (var in = ForecastCardTest.class.getResourceAsStream("messages" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
