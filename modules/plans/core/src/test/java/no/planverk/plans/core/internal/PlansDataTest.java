package no.planverk.plans.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plans module's part of the export of all data, as JSON. */
class PlansDataTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    final PlansFixture f = PlansFixture.inMemory();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void everyPlanWithItsGoals() throws Exception {
        Plan p = f.plans().create(PlanDraft.of("ETHL", PlanType.TEMAPLAN, "Et helt liv", 2018, 2028), PLANNER);
        f.goals().create(GoalDraft.of(p.id(), null, GoalLevel.MAIN, "1", "Støtte til familien"), PLANNER);
        f.plans().create(PlanDraft.of("KP", PlanType.SAMFUNNSDEL, "Kommuneplanens samfunnsdel", 2020, 2032), PLANNER);

        PlansData data = new PlansData(f.plans(), f.goals(), f.indicators(), f.programs());
        JsonNode json = new ObjectMapper().registerModule(new JavaTimeModule()).valueToTree(data.data());
        assertEquals("plans", data.module());
        assertEquals(2, json.get("plans").size());
        JsonNode ethl = json.get("plans").findParents("plan").stream().filter(n -> n.at("/plan/code").asText().equals("ETHL"))
                .findFirst().orElseThrow();
        assertEquals("Støtte til familien", ethl.at("/goals/0/goal/text").asText(ethl.at("/goals/0").toString()));
    }
}
