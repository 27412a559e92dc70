package no.planverk.measures.plans.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import no.planverk.measures.api.GoalInfo;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.plans.api.Ownership;
import no.planverk.measures.api.Responsibility;
import no.planverk.measures.core.internal.MeasuresFixture;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.core.internal.PlansFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the bridge lends measures beyond plans and goals: a goal's chain up its plan, and who owns each plan. */
class PlansDirectoryTest {

    final PlansFixture plans = PlansFixture.inMemory();
    final MeasuresFixture measures = MeasuresFixture.inMemory();
    final PlansDirectory directory = new PlansDirectory(plans.plans(), plans.goals());

    @AfterEach
    void close() {
        plans.close();
        measures.close();
    }

    private Plan plan(String code, String owner) {
        Long unit = owner == null ? null : measures.units().id(owner);
        return plans.plans().create(new PlanDraft(code, PlanType.KOMMUNEDELPLAN, "Plan " + code, unit, null, 2021, 2033, null, null, null,
                null, null, null, null, List.of()), RedThreadTest.PLANNER);
    }

    @Test
    void aSubGoalsChainRunsFromTheTopOfItsPlan() {
        Plan kdp = plan("ALV-KDP-HSO", "ALV-HO");
        Goal main = plans.goals().create(GoalDraft.of(kdp.id(), null, GoalLevel.MAIN, "4", "Helse og livskvalitet"), RedThreadTest.PLANNER);
        Goal goal = plans.goals().create(GoalDraft.of(kdp.id(), main.id(), GoalLevel.GOAL, "4.1", "God helse"), RedThreadTest.PLANNER);
        Goal sub = plans.goals().create(GoalDraft.of(kdp.id(), goal.id(), GoalLevel.SUB_GOAL, "4.1.2", "Vi førebyggjer"),
                RedThreadTest.PLANNER);
        assertEquals(List.of("4", "4.1", "4.1.2"), directory.goalChain(sub.id()).stream().map(GoalInfo::code).toList());
        assertEquals(List.of("4"), directory.goalChain(main.id()).stream().map(GoalInfo::code).toList());
        assertEquals(List.of(), directory.goalChain(sub.id() + 1000));
    }

    @Test
    void measuresWithoutUnitsBelongToTheMunicipalityOfTheirPlansOwner() {
        Plan alver = plan("ALV-KDP", "ALV-HO");
        Plan bergen = plan("BRG-UH", "BRG-UH");
        Plan nobody = plan("FELLES", null);
        assertEquals(Map.of(alver.id(), measures.units().id("ALV-HO"), bergen.id(), measures.units().id("BRG-UH")), directory.planOwners());
        measures.directory(directory);
        create(alver, "A-alle", Responsibility.ALL);
        create(bergen, "B-tverr", Responsibility.CROSS_SECTOR);
        create(nobody, "C-ingen-eigar", Responsibility.ALL);
        create(bergen, "D-alver-eining", Responsibility.UNITS, measures.units().id("ALV-HO-HEIM"));
        create(alver, "E-utan-eining", Responsibility.UNITS);

        assertEquals(List.of("A-alle", "C-ingen-eigar", "D-alver-eining", "E-utan-eining"), numbers("ALVER"));
        assertEquals(List.of("B-tverr", "C-ingen-eigar"), numbers("BERGEN"), "a unit decides before the plan's owner");
    }

    private void create(Plan plan, String number, Responsibility r, Long... units) {
        measures.measures().create(new MeasureDraft(plan.id(), null, number, "Tiltak " + number, null, List.of(), null, MeasureKind.MEASURE,
                null, null, r, List.of(units), null, 2024, 2026, List.of(), Ownership.THIS_PLAN), RedThreadTest.PLANNER);
    }

    private List<String> numbers(String municipality) {
        MeasureQuery q = new MeasureQuery(null, null, null, measures.units().id(municipality), null, null, null, null, null, null, "number",
                0, 100);
        return measures.measures().list(q).items().stream().map(Measure::number).sorted().toList();
    }
}
