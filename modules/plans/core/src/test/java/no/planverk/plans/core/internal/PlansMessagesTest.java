package no.planverk.plans.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.Test;

/** The plans module's messages: every key in nn, nb and en, and every key the api and core name is in the catalog. */
class PlansMessagesTest {

    final PlansMessages catalog = new PlansMessages();

    @Test
    void everyKeyHasEveryLanguage() {
        assertEquals("[]", Catalogs.problems(PlansMessages.class, PlansMessages.BASE_NAME).toString());
    }

    @Test
    void everyKeyTheCodeNamesExists() {
        for (String sources : new String[] {"src/main/java", "../api/src/main/java"}) {
            // file names such as "plans.csv" and live block types such as "plans.goal-table" look like keys but are none
            List<String> unknown = Catalogs.unknownKeys(Path.of(sources), "plans", PlansMessages.class, PlansMessages.BASE_NAME)
                    .stream().filter(k -> !k.startsWith("plans.csv ") && !k.startsWith("plans.json ")
                            && !k.startsWith("plans.goal-table ") && !k.startsWith("plans.indicator-trend ")).toList();
            assertEquals("[]", unknown.toString(), sources);
        }
    }

    @Test
    void draftsAndServicesSpeakNynorsk() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PlanDraft.of(" ", PlanType.TEMAPLAN, "", 2030, 2020).validated());
        assertEquals("Planen har feil: sjå felta.", Catalogs.nynorsk(e.message(), catalog));
        assertEquals("Perioden sluttar (2020) før han byrjar (2030).", Catalogs.nynorsk(e.fieldMessages().get("periodTo"), catalog));
        assertEquals("Skriv ein tittel.", Catalogs.nynorsk(e.fieldMessages().get("title"), catalog));
        assertEquals("The plan has errors: Code is required (a short, unique key such as ALV-KDP-HSO); Title is required;"
                + " The period ends (2020) before it starts (2030)", e.getMessage());
        InvalidInputException goal = assertThrows(InvalidInputException.class,
                () -> GoalDraft.of(1, null, GoalLevel.MAIN, "A#1", "x".repeat(GoalDraft.MAX_TEXT + 1)).validated());
        assertEquals("Målteksten kan ha høgst 2000 teikn (no 2001).", Catalogs.nynorsk(goal.fieldMessages().get("text"), catalog));
        assertEquals("Målteksten kan ha høyst 2000 tegn (nå 2001).",
                Catalogs.translator(catalog).text(goal.fieldMessages().get("text"), Locale.forLanguageTag("nb-NO")));
        assertEquals("[]", Catalogs.englishSentences(Catalogs.nynorsk(goal.fieldMessages().get("code"), catalog)).toString());
    }
}
