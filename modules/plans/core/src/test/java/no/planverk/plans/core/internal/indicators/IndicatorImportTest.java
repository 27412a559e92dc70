package no.planverk.plans.core.internal.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.Indicator;
import no.planverk.plans.api.IndicatorDraft;
import no.planverk.plans.api.IndicatorImport;
import no.planverk.plans.api.IndicatorSource;
import no.planverk.plans.api.IndicatorValue;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.core.internal.PlansFixture;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Importing an indicator's actual values from SSB files, on the real service and Derby. */
class IndicatorImportTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    static final String LONG = """
            "12209: Plassar, etter region, statistikkvariabel og år"
            "region";"statistikkvariabel";"år";"Plassar"
            "4601 Bergen";"Plassar i institusjon";"2021";1850
            "4631 Alver";"Plassar i institusjon";"2021";160
            "4631 Alver";"Plassar i institusjon";"2022";158
            "4631 Alver";"Plassar i institusjon";"2023";155
            """;

    private final PlansFixture f = PlansFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    private Indicator indicator(IndicatorSource source, List<IndicatorValue> actuals) {
        Plan plan = f.plans().create(PlanDraft.of("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, "KDP helse", 2023, 2033), PLANNER);
        Goal goal = f.goals().create(GoalDraft.of(plan.id(), null, GoalLevel.MAIN, "3.3.1", "Fleire skal bu heime"), PLANNER);
        return f.indicators().create(new IndicatorDraft(goal.id(), "Plassar i institusjon", "plassar", 2021, 160.0, 2030, 150.0, actuals,
                source), PLANNER);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aReimportChangesOneYearAndSaysWhich() {
        Indicator i = indicator(new IndicatorSource("12209", null, "4631", Map.of()), List.of(new IndicatorValue(2020, 161)));
        IndicatorImport first = f.indicators().importActuals(i.id(), i.version(), bytes(LONG), Map.of(), PLANNER);
        assertEquals(List.of(2021, 2022, 2023), first.added());
        assertEquals(List.of(), first.changed());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        IndicatorValue v2023 = first.indicator().actuals().get(3);
        assertEquals(new IndicatorValue(2023, 155, "SSB 12209 · 4631", today), v2023);
        assertEquals(new IndicatorValue(2020, 161), first.indicator().actuals().get(0), "the year the file lacks stays, typed in");

        IndicatorImport second = f.indicators().importActuals(i.id(), first.indicator().version(),
                bytes(LONG.replace("\"2023\";155", "\"2023\";152")), Map.of(), PLANNER);
        assertEquals(List.of(), second.added());
        assertEquals(List.of(2023), second.changed());
        assertEquals(List.of(2021, 2022), second.unchanged());
        Indicator stored = f.indicators().find(i.id()).orElseThrow();
        assertEquals(152, stored.actuals().get(3).value());
        assertEquals("SSB 12209 · 4631", stored.actuals().get(3).source());
        assertEquals(today, stored.actuals().get(3).importedOn());
        assertEquals(new IndicatorSource("12209", null, "4631", Map.of()), stored.source());
        assertTrue(f.audit().calls().stream().filter(c -> c.action().equals("import-actuals")).count() == 2);
    }

    @Test
    void theRegionChosenOnceIsKeptAsTheSource() {
        Indicator i = indicator(null, List.of());
        IndicatorImport done = f.indicators().importActuals(i.id(), i.version(), bytes(LONG), Map.of("region", "4601"), PLANNER);
        assertEquals(List.of(2021), done.added());
        Indicator stored = f.indicators().find(i.id()).orElseThrow();
        assertEquals(new IndicatorSource("12209", null, "4601", Map.of()), stored.source());
        assertEquals(1850, stored.actuals().get(0).value());
    }

    @Test
    void aPutOfTheValuesAsReadKeepsTheirSource() {
        Indicator i = indicator(new IndicatorSource("12209", null, "4631", Map.of()), List.of());
        Indicator imported = f.indicators().importActuals(i.id(), i.version(), bytes(LONG), Map.of(), PLANNER).indicator();
        List<IndicatorValue> asTyped = imported.actuals().stream().map(v -> new IndicatorValue(v.year(), v.value())).toList();
        Indicator after = f.indicators().update(i.id(), imported.version(), new IndicatorDraft(i.goalId(), i.name(), i.unit(), 2021, 160.0,
                2030, 150.0, asTyped, imported.source()), PLANNER);
        assertEquals(imported.actuals(), after.actuals());
    }

    @Test
    void staleVersionsRightsAndBadFilesAreRefused() {
        Indicator i = indicator(new IndicatorSource("12209", null, "4631", Map.of()), List.of());
        assertThrows(StaleVersionException.class, () -> f.indicators().importActuals(i.id(), i.version() + 1, bytes(LONG), Map.of(), PLANNER));
        UserContext otherUnit = UserContext.of("einingsleiar", Role.UNIT_LEADER).withUnits("BRG-UH");
        assertThrows(AccessDeniedException.class, () -> f.indicators().importActuals(i.id(), i.version(), bytes("not a table"), Map.of(), otherUnit),
                "the rights are checked before the file is read");
        InvalidInputException none = assertThrows(InvalidInputException.class,
                () -> f.indicators().importActuals(i.id(), i.version(), bytes(LONG), Map.of("region", "1103"), PLANNER));
        assertEquals("plans.ssb.unknownCategory", none.fieldMessages().get("file").key());
        assertEquals(List.of(), f.indicators().find(i.id()).orElseThrow().actuals());
    }
}
