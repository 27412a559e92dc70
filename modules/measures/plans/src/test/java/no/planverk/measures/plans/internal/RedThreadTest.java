package no.planverk.measures.plans.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.core.internal.MeasuresFixture;
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

/** The plans and measures modules' real services, joined by this bundle as in Karaf. */
class RedThreadTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);

    final PlansFixture plans = PlansFixture.inMemory();
    final MeasuresFixture measures = MeasuresFixture.inMemory();

    @AfterEach
    void close() {
        plans.close();
        measures.close();
    }

    @Test
    void aMeasureServingAGoalShowsInTheRedThreadAndGoalsAreChecked() {
        Plan kdp = plans.plans().create(PlanDraft.of("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, "KDP helse, sosial og omsorg", 2021, 2033),
                PLANNER);
        Goal g = plans.goals().create(GoalDraft.of(kdp.id(), null, GoalLevel.MAIN, "3.3", "Frivillig sektor i Alver er mangfaldig og sterk"),
                PLANNER);
        PlansDirectory directory = new PlansDirectory(plans.plans(), plans.goals());
        measures.directory(directory);
        plans.addProvider(new MeasureLinks(measures.measures()));

        assertEquals(List.of("3.3"), directory.goals(kdp.id()).stream().map(x -> x.code()).toList());
        assertThrows(InvalidInputException.class, () -> measures.measures().create(MeasureDraft.of(kdp.id(), "3.3.2", "Koordinator")
                .withGoals(List.of(g.id() + 1000)), PLANNER));
        Measure m = measures.measures().create(MeasureDraft.of(kdp.id(), "3.3.2", "Koordinator for frivillig innsats")
                .withGoals(List.of(g.id())), PLANNER);

        ThreadNode thread = plans.goals().threadDown(g.id());
        ThreadNode link = thread.children().stream().filter(c -> c.kind() == ThreadNode.Kind.LINK).findFirst().orElseThrow();
        assertEquals("3.3.2", link.code());
        assertEquals("measures/measure/" + m.id(), link.route());
        assertEquals("measure", link.linkKind());
        assertTrue(new MeasureLinks(measures.measures()).linksTo(List.of()).isEmpty());
    }
}
