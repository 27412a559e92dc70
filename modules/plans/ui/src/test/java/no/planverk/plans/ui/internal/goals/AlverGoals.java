package no.planverk.plans.ui.internal.goals;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.Ownership;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.core.internal.PlansFixture;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.Texts;

/**
 * A piece of Alver's plan chain on the real plans services (in-memory Derby), and a mocked Vaadin UI
 * with a signed-in planner: samfunnsdel main goal 4, the KDP's main goal serving it with KDP goal 4.1,
 * and a theme plan serving KDP goal 4.1 as a whole.
 */
final class AlverGoals implements AutoCloseable {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);

    final PlansFixture f = PlansFixture.inMemory();
    final Plan kps;
    final Plan kdp;
    final Plan theme;
    final Goal hm4;
    final Goal kdpMain;
    final Goal g41;
    final Goal themeGoal;

    AlverGoals() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Texts.NYNORSK);
        signIn(PLANNER);
        kps = plan("ALV-KPS", PlanType.SAMFUNNSDEL, "Kommuneplanen sin samfunnsdel", List.of());
        hm4 = goal(kps, null, GoalLevel.MAIN, "Hovudmål 4", "Innbyggjarane i Alver har god livskvalitet", null, List.of(3));
        kdp = plan("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, "Kommunedelplan for helse, sosial og omsorg", List.of());
        kdpMain = goal(kdp, null, GoalLevel.MAIN, "Hovudmål 4", "God livskvalitet", hm4, List.of(3, 11));
        g41 = goal(kdp, kdpMain, GoalLevel.GOAL, "KDP mål 4.1", "Alle har moglegheit for eit aktivt liv", null, List.of());
        theme = plan("ALV-DEMENS", PlanType.HANDLINGSPLAN, "Demensplan", List.of(g41.id()));
        themeGoal = goal(theme, null, GoalLevel.MAIN, "1", "Demensvenleg samfunn", null, List.of());
    }

    static void signIn(UserContext user) {
        VaadinSession.getCurrent().setAttribute(UserContext.class, user);
    }

    Plan plan(String code, PlanType type, String title, List<Long> serves) {
        return f.plans().create(new PlanDraft(code, type, title, null, null, 2021, 2033, null, null, null, null, null, null,
                null, serves), PLANNER);
    }

    Goal goal(Plan p, Goal parent, GoalLevel level, String code, String text, Goal serves, List<Integer> sdgs) {
        return f.goals().create(new GoalDraft(p.id(), parent == null ? null : parent.id(), level, code, text, sdgs,
                serves == null ? null : serves.id(), Ownership.THIS_PLAN, 0), PLANNER);
    }

    @Override
    public void close() {
        MockVaadin.tearDown();
        f.close();
    }
}
