package no.planverk.forecasting.plans.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.RunInfo;
import no.planverk.forecasting.api.RunLink;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.core.internal.ForecastingFixture;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.api.ThreadNode;
import no.planverk.plans.core.internal.PlansFixture;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plans and forecasting modules' real services, joined by this bundle as in Karaf. */
class GoalLinksTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);

    final PlansFixture plans = PlansFixture.inMemory();
    final ForecastingFixture forecasting = ForecastingFixture.inMemory();

    @AfterEach
    void close() {
        plans.close();
        forecasting.close();
    }

    @Test
    void aPlanGoalCitesASavedRunInTheRedThread() {
        Plan kdp = plans.plans().create(PlanDraft.of("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, "KDP helse, sosial og omsorg", 2021, 2033),
                PLANNER);
        Goal g = plans.goals().create(GoalDraft.of(kdp.id(), null, GoalLevel.MAIN, "3.1", "Fleire kan bu heime lenger"), PLANNER);
        long pop = forecasting.service().createInput(InputKind.POPULATION, "pop", null,
                bytes("year,age,population\n2020,0,10\n2020,1,5\n2021,0,10\n2021,1,8\n"), PLANNER).id();
        long users = forecasting.service().createInput(InputKind.SERVICE_USERS, "users", null,
                bytes("service,age_from,age_to,users\nheimetenester,0,1,3\n"), PLANNER).id();
        RunInfo run = forecasting.service().saveRun("Alver 2020–2021", null, RunSpec.of(pop, users), PLANNER);

        forecasting.linkTarget(new GoalTarget(plans.goals()));
        assertEquals(List.of(new RunLink("goal", g.id(), "KDP helse, sosial og omsorg: 3.1 Fleire kan bu heime lenger",
                "plans/plan/" + kdp.id())), forecasting.service().linkChoices("goal", "heime", 10), "a picker finds the goal by its text");
        assertEquals(List.of(), forecasting.service().linkChoices("goal", "finst ikkje", 10));
        assertEquals(List.of(), forecasting.service().linkChoices("measure", "", 10), "no measures module");
        plans.addProvider(new ForecastGoalLinks(forecasting.service()));
        assertThrows(InvalidInputException.class, () -> forecasting.service().updateRun(run.id(), run.version(), run.name(), null,
                List.of(new RunLink("goal", g.id() + 1000)), PLANNER));
        RunInfo linked = forecasting.service().updateRun(run.id(), run.version(), run.name(), null, List.of(new RunLink("goal", g.id())),
                PLANNER);
        assertEquals("3.1 Fleire kan bu heime lenger", linked.links().get(0).label());
        assertEquals("plans/plan/" + kdp.id(), linked.links().get(0).route());

        ThreadNode thread = plans.goals().threadDown(g.id());
        ThreadNode link = thread.children().stream().filter(c -> c.kind() == ThreadNode.Kind.LINK).findFirst().orElseThrow();
        assertEquals("forecast", link.linkKind());
        assertEquals("forecasting/run/" + run.id(), link.route());
        assertEquals("Alver 2020–2021", link.text());
        assertTrue(new ForecastGoalLinks(forecasting.service()).linksTo(List.of()).isEmpty());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
