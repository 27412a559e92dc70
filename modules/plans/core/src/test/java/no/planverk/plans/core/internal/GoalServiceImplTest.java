package no.planverk.plans.core.internal;

import static no.planverk.plans.core.internal.PlanServiceImplTest.PLANNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.GoalLink;
import no.planverk.plans.api.GoalLinkProvider;
import no.planverk.plans.api.Ownership;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.api.ThreadNode;
import no.planverk.platform.api.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GoalServiceImplTest {

    private final PlansFixture f = PlansFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    private Plan plan(String code, PlanType type, List<Long> serves) {
        return f.plans().create(new PlanDraft(code, type, code, null, null, 2021, 2033, null, null, null, null, null, null, null,
                serves), PLANNER);
    }

    private Goal goal(Plan p, Goal parent, GoalLevel level, String code, String text, Goal serves) {
        return f.goals().create(new GoalDraft(p.id(), parent == null ? null : parent.id(), level, code, text, List.of(3, 11),
                serves == null ? null : serves.id(), Ownership.THIS_PLAN, 0), PLANNER);
    }

    @Test
    void levelsGoOneStepDownWithinAPlan() {
        Plan kdp = plan("KDP", PlanType.KOMMUNEDELPLAN, List.of());
        Goal main = goal(kdp, null, GoalLevel.MAIN, "Hovudmål 4", "God livskvalitet", null);
        assertEquals("Under a main comes a goal, not a sub-goal", assertThrows(InvalidInputException.class,
                () -> goal(kdp, main, GoalLevel.SUB_GOAL, "x", "x", null)).fieldErrors().get("level"));
        assertThrows(InvalidInputException.class, () -> goal(kdp, null, GoalLevel.GOAL, "y", "y", null));
        Goal g = goal(kdp, main, GoalLevel.GOAL, "KDP mål 4.1", "Innbyggjarane …", null);
        assertThrows(InvalidInputException.class, () -> goal(kdp, main, GoalLevel.GOAL, "KDP mål 4.1", "dup", null));
        assertEquals(1, f.goals().tree(kdp.id()).size());
        assertEquals(g, f.goals().tree(kdp.id()).get(0).children().get(0).goal());
        assertEquals(List.of(3, 11), g.sdgs());
    }

    @Test
    void theRedThreadRunsUpAndDownAcrossPlans() {
        Plan kps = plan("ALV-KPS", PlanType.SAMFUNNSDEL, List.of());
        Goal hm4 = goal(kps, null, GoalLevel.MAIN, "Hovudmål 4", "Innbyggjarane i Alver har god livskvalitet", null);
        Plan kdp = plan("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, List.of());
        Goal kdpMain = goal(kdp, null, GoalLevel.MAIN, "Hovudmål 4", "God livskvalitet", hm4);
        Goal g41 = goal(kdp, kdpMain, GoalLevel.GOAL, "KDP mål 4.1", "Alle har moglegheit for eit aktivt liv", null);
        Goal sub = goal(kdp, g41, GoalLevel.SUB_GOAL, "4.1.1", "Vi skal førebyggje", null);
        Plan theme = plan("ALV-DEMENS", PlanType.HANDLINGSPLAN, List.of(g41.id()));
        Goal themeGoal = goal(theme, null, GoalLevel.MAIN, "1", "Demensvenleg samfunn", null);

        List<GoalLink> asked = new ArrayList<>();
        GoalLinkProvider measures = ids -> {
            asked.addAll(ids.stream().map(id -> new GoalLink(id, "measure", 0, null, null, null)).toList());
            return List.of(new GoalLink(sub.id(), "measure", 86, "86", "Styrke koordinerande eining", "measures/86"));
        };
        f.goalsImpl().addProvider(measures);

        assertEquals(List.of("Hovudmål 4", "Hovudmål 4", "KDP mål 4.1", "4.1.1"),
                f.goals().pathToTop(sub.id()).stream().map(r -> r.code()).toList());
        assertEquals("ALV-KPS", f.goals().pathToTop(sub.id()).get(0).planCode());
        assertEquals(List.of("Hovudmål 4", "Hovudmål 4", "KDP mål 4.1", "1"),
                f.goals().pathToTop(themeGoal.id()).stream().map(r -> r.code()).toList(), "a plan's goals lead to the goal it serves");

        ThreadNode down = f.goals().threadDown(hm4.id());
        assertEquals(7, down.size());
        ThreadNode n41 = down.children().get(0).children().get(0);
        assertEquals("KDP mål 4.1", n41.code());
        assertEquals(List.of(ThreadNode.Kind.GOAL, ThreadNode.Kind.PLAN), n41.children().stream().map(ThreadNode::kind).toList());
        ThreadNode link = n41.children().get(0).children().get(0);
        assertEquals(ThreadNode.Kind.LINK, link.kind());
        assertEquals("measure", link.linkKind());
        assertEquals("1", n41.children().get(1).children().get(0).code());

        f.goalsImpl().removeProvider(measures);
        assertEquals(6, f.goals().threadDown(hm4.id()).size());
    }

    @Test
    void aGoalServedFromElsewhereCannotBeDeletedNorServeInACircle() {
        Plan a = plan("A", PlanType.SAMFUNNSDEL, List.of());
        Plan b = plan("B", PlanType.KOMMUNEDELPLAN, List.of());
        Goal top = goal(a, null, GoalLevel.MAIN, "1", "Top", null);
        Goal below = goal(b, null, GoalLevel.MAIN, "1", "Below", top);
        assertThrows(InvalidInputException.class, () -> f.goals().delete(top.id(), top.version(), PLANNER));
        GoalDraft circle = new GoalDraft(a.id(), null, GoalLevel.MAIN, "1", "Top", List.of(), below.id(), Ownership.THIS_PLAN, 0);
        assertThrows(InvalidInputException.class, () -> f.goals().update(top.id(), top.version(), circle, PLANNER));
        f.goals().delete(below.id(), below.version(), PLANNER);
        f.goals().delete(top.id(), top.version(), PLANNER);
        assertEquals(0, f.goals().tree(a.id()).size());
    }

    @Test
    void searchFindsByCodeAndText() {
        Plan kdp = plan("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, List.of());
        Goal main = goal(kdp, null, GoalLevel.MAIN, "Hovudmål 4", "God livskvalitet", null);
        goal(kdp, main, GoalLevel.GOAL, "KDP mål 4.1", "Innbyggjarane meistrar eige liv", null);
        assertEquals("KDP mål 4.1", f.goals().search("kdp mål 4.1", 10).get(0).code());
        assertEquals("ALV-KDP-HSO", f.goals().search("MEISTRAR", 10).get(0).planCode());
    }
}
