package no.planverk.plans.core.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.GoalLink;
import no.planverk.plans.api.Indicator;
import no.planverk.plans.api.IndicatorDraft;
import no.planverk.plans.api.IndicatorValue;
import no.planverk.plans.api.Ownership;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.api.document.BlockCell;
import no.planverk.plans.api.document.BlockChart;
import no.planverk.plans.api.document.BlockContent;
import no.planverk.plans.api.document.BlockRef;
import no.planverk.plans.api.document.BlockTable;
import no.planverk.plans.core.internal.PlansFixture;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The goal table (as chapter 6 of Alver's KDP) and an indicator's trend, rendered from the real services. */
class PlansBlockProviderTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    static final Locale NN = Locale.forLanguageTag("nn-NO");

    private final PlansFixture f = PlansFixture.inMemory();
    private final PlansBlockProvider blocks = new PlansBlockProvider(f.plans(), f.goals(), f.indicators());
    private Plan plan;
    private Goal main;
    private Goal goal;
    private Goal outcome;

    @BeforeEach
    void goals() {
        plan = f.plans().create(PlanDraft.of("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, "KDP helse", 2023, 2033), PLANNER);
        main = goal(null, GoalLevel.MAIN, "Hovudmål 1", "Alver er eit berekraftig samfunn", null);
        goal = goal(main.id(), GoalLevel.GOAL, "1.1", "Tenester er lokaliserte i sentera", Ownership.THIS_PLAN);
        Goal sub = goal(goal.id(), GoalLevel.SUB_GOAL, "1.1.1", "Vi skal ha ein tredelt senterstruktur", Ownership.SHARED);
        outcome = goal(sub.id(), GoalLevel.OUTCOME, "1.1.1.a", "Transporttilbod gjer tenestene tilgjengelege", null);
        goal(sub.id(), GoalLevel.OUTCOME, "1.1.1.b", "Møteplassar i sentera", null);
        blocks.addLinkProvider(ids -> ids.contains(outcome.id())
                ? List.of(new GoalLink(outcome.id(), "measure", 86, "T-12", "Handlingsplan for frivilligheit", "measures/measure/86")) : List.of());
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Goal goal(Long parent, GoalLevel level, String code, String text, Ownership ownership) {
        return f.goals().create(new GoalDraft(plan.id(), parent, level, code, text, List.of(), null, ownership, 0), PLANNER);
    }

    @Test
    void theGoalTableHasTheSeedsColumnsAndColours() {
        BlockContent c = blocks.render(new BlockRef("plans.goal-table", "plan:" + plan.id()), NN).orElseThrow();
        assertEquals("KDP helse", c.title());
        BlockTable t = c.tables().get(0);
        assertEquals(List.of("Kode", "Vi skal", "Dette vil vi oppnå", "Slik skal vi gjere det"), t.headers());
        assertEquals(3, t.rows().size(), t.rows().toString());
        assertEquals(List.of("Hovudmål 1", "Alver er eit berekraftig samfunn", "", ""), texts(t.rows().get(0)));
        assertEquals("#1b5e20", t.rows().get(1).get(0).colour(), "dark green: this plan");
        List<BlockCell> weWill = t.rows().get(2);
        assertEquals(List.of("1.1.1", "Vi skal ha ein tredelt senterstruktur",
                "Transporttilbod gjer tenestene tilgjengelege\nMøteplassar i sentera", "T-12 Handlingsplan for frivilligheit"), texts(weWill));
        assertEquals("#f9a825", weWill.get(0).colour(), "yellow: shared");

        BlockContent part = blocks.render(new BlockRef("plans.goal-table", "goal:" + goal.id()), Locale.ENGLISH).orElseThrow();
        assertEquals(2, part.tables().get(0).rows().size());
        assertEquals("Code", part.tables().get(0).headers().get(0));
        assertTrue(blocks.render(new BlockRef("plans.goal-table", "goal:999999"), NN).isEmpty());
        assertTrue(blocks.render(new BlockRef("plans.goal-table", "rubbish"), NN).isEmpty());
        assertEquals(List.of("plan:" + plan.id(), "goal:" + main.id(), "goal:" + goal.id()),
                blocks.choices("plans.goal-table", plan.id(), NN).stream().map(ch -> ch.param()).toList());
    }

    @Test
    void anIndicatorsTrendIsAChartAndATable() {
        Indicator i = f.indicators().create(new IndicatorDraft(goal.id(), "Del av innbyggjarane over 80 på institusjon", "%", 2020, 12.5,
                2024, 10.0, List.of(new IndicatorValue(2021, 12.0), new IndicatorValue(2023, 11.9))), PLANNER);
        BlockContent c = blocks.render(new BlockRef("plans.indicator-trend", String.valueOf(i.id())), NN).orElseThrow();
        BlockChart chart = c.charts().get(0);
        assertEquals(List.of("2020", "2021", "2022", "2023", "2024"), chart.categories());
        assertEquals(Arrays.asList(null, 12.0, null, 11.9, null), chart.series().get(0).values());
        assertEquals(12.5, chart.series().get(1).values().get(0));
        assertEquals(List.of("År", "Målt", "Vegen mot målet"), c.tables().get(0).headers());
        assertEquals(List.of("2021", "12", "11,88"), texts(c.tables().get(0).rows().get(1)));
        assertEquals("Utgangspunkt 12,5 % i 2020, mål 10 % i 2024. Ikkje i rute.", c.note());
        assertEquals(List.of(String.valueOf(i.id())), blocks.choices("plans.indicator-trend", plan.id(), NN).stream().map(ch -> ch.param()).toList());
        assertTrue(blocks.render(new BlockRef("plans.indicator-trend", "424242"), NN).isEmpty());
    }

    private static List<String> texts(List<BlockCell> row) {
        return row.stream().map(BlockCell::text).toList();
    }
}
