package no.planverk.plans.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.planverk.plans.api.GoalRef;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanStatus;
import no.planverk.plans.core.internal.PlansFixture;
import java.util.Set;
import no.planverk.platform.demo.DemoUnitsLoaded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo files go through the real import without errors and give the red thread the seeds describe. */
class DemoPlansTest {

    private final PlansFixture f = PlansFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    private void loadBoth() {
        load(DemoUnitsLoaded.ALVER, DemoUnitsLoaded.BERGEN);
    }

    private void load(String... municipalities) {
        new DemoPlans(() -> Set.of(municipalities), f.plans(), f.transfer());
    }

    @Test
    void aProfileLoadsOnlyItsMunicipality() {
        load(DemoUnitsLoaded.BERGEN);
        assertTrue(f.plans().findByCode("ALV-KDP-HSO").isEmpty());
        assertTrue(f.plans().all().stream().anyMatch(p -> p.title().startsWith(DemoPlans.REVISED_PLAN_TITLE)));
    }

    @Test
    void alversKdpGoal41LeadsUpToTheSamfunnsdel() {
        loadBoth();
        Plan kdp = f.plans().findByCode("ALV-KDP-HSO").orElseThrow();
        assertEquals("ALV-KPS", f.plans().find(kdp.parentId()).orElseThrow().code());
        GoalRef g41 = f.goals().search("KDP mål 4.1", 10).stream().filter(r -> r.planCode().equals("ALV-KDP-HSO"))
                .findFirst().orElseThrow();
        List<GoalRef> up = f.goals().pathToTop(g41.goalId());
        assertEquals("ALV-KPS", up.get(0).planCode(), up.toString());
        assertTrue(f.goals().threadDown(up.get(0).goalId()).size() > 3);
        assertTrue(f.programs().find(kdp.id()).isPresent(), "the planprogram from seed 003");
        long themePlans = f.plans().all().stream().filter(p -> kdp.id() == (p.parentId() == null ? -1 : p.parentId())).count();
        assertTrue(themePlans >= 16, "16 theme and action plans under the KDP, found " + themePlans);
    }

    @Test
    void alversKdpMainGoalsCarryTheSdgsOfSection222() {
        loadBoth();
        Plan kdp = f.plans().findByCode("ALV-KDP-HSO").orElseThrow();
        List<no.planverk.plans.api.GoalNode> tree = f.goals().tree(kdp.id());
        assertEquals(5, tree.size());
        for (no.planverk.plans.api.GoalNode main : tree) {
            assertEquals(List.of(3, 5, 9, 11, 13, 16, 17), main.goal().sdgs(), main.goal().code());
            assertTrue(main.flatten().stream().skip(1).allMatch(g -> g.sdgs().isEmpty()), "none below " + main.goal().code());
        }
    }

    @Test
    void bergensRevisedPlanKeepsItsEarlierVersion() {
        loadBoth();
        Plan revised = f.plans().all().stream().filter(p -> p.title().startsWith(DemoPlans.REVISED_PLAN_TITLE)).findFirst().orElseThrow();
        assertEquals(PlanStatus.IN_FORCE, revised.status());
        assertEquals(1, f.plans().editions(revised.id()).size());
        assertFalse(f.goals().tree(revised.id()).isEmpty(), "the five focus areas");
        assertTrue(f.plans().all().stream().anyMatch(p -> p.status() == PlanStatus.RETURNED), "the returned folkehelse strategy");
    }

    @Test
    void loadingTwiceChangesNothing() {
        loadBoth();
        int plans = f.plans().all().size();
        long events = f.audit().calls().size();
        loadBoth();
        assertEquals(plans, f.plans().all().size());
        assertEquals(events, f.audit().calls().size());
    }

    @Test
    void theSeedsFiguresAreIndicatorsWithTheirSources() {
        loadBoth();
        var bergen = f.indicators().forPlan(f.plans().findByCode("BRG-UH-2018").orElseThrow().id());
        var places = bergen.stream().filter(i -> i.name().startsWith("Sykehjemsplasser")).findFirst().orElseThrow();
        assertEquals(List.of(2023), places.actuals().stream().map(v -> v.year()).toList());
        assertEquals(2381, places.actuals().get(0).value(), "seed 002: 2.381 sykehjemsplasser per 31.12.2023");
        assertTrue(places.actuals().get(0).source().startsWith("Bergen kommune"), places.actuals().get(0).source());
        assertEquals("4601", places.source().region());
        assertEquals(6, bergen.stream().filter(i -> i.source().region() != null).count(), "places, care homes, group homes, budget");

        var alver = f.indicators().forPlan(f.plans().findByCode("ALV-KDP-HSO").orElseThrow().id());
        var work = alver.stream().filter(i -> i.name().contains("yrkesdeltaking")).findFirst().orElseThrow();
        assertEquals(77, work.actuals().get(0).value(), "seed 004 3.1.4: 77 % in 2021");
        assertEquals(2021, work.actuals().get(0).year());
        var dementia = alver.stream().filter(i -> i.name().startsWith("Tal personar med demens")).findFirst().orElseThrow();
        assertEquals(528, dementia.actuals().get(0).value());
        assertEquals(6, alver.stream().filter(i -> "4631".equals(i.source().region())).count(),
                "life expectancy (2), employment, children in low-income households, dementia (2)");
    }
}
