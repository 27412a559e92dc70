package no.planverk.measures.plans.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.plans.api.Ownership;
import no.planverk.measures.api.ReportDraft;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.measures.api.Responsibility;
import no.planverk.measures.api.YearAmount;
import no.planverk.measures.core.internal.MeasuresFixture;
import no.planverk.measures.core.internal.MeasuresMessages;
import no.planverk.plans.api.Goal;
import no.planverk.plans.api.GoalDraft;
import no.planverk.plans.api.GoalLevel;
import no.planverk.plans.api.Plan;
import no.planverk.plans.api.PlanDraft;
import no.planverk.plans.api.PlanType;
import no.planverk.plans.api.document.BlockCell;
import no.planverk.plans.api.document.BlockContent;
import no.planverk.plans.api.document.BlockRef;
import no.planverk.plans.api.document.DocumentKey;
import no.planverk.plans.api.document.SectionPart;
import no.planverk.plans.core.internal.PlansFixture;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.testing.Catalogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The measures block in a plan document, on the real plans and measures services joined as in Karaf. */
class MeasuresBlockTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    static final Locale NN = Locale.forLanguageTag("nn-NO");

    final PlansFixture plans = PlansFixture.inMemory();
    final MeasuresFixture measures = MeasuresFixture.inMemory();

    @AfterEach
    void close() {
        plans.close();
        measures.close();
    }

    @Test
    void measuresOfAPlanOrGoalWithResponsibleYearsCostAndLight() {
        Plan kdp = plans.plans().create(PlanDraft.of("ALV-KDP-HSO", PlanType.KOMMUNEDELPLAN, "KDP helse", 2023, 2033), PLANNER);
        Goal g = plans.goals().create(GoalDraft.of(kdp.id(), null, GoalLevel.MAIN, "3.3", "Frivillig sektor er sterk"), PLANNER);
        measures.directory(new PlansDirectory(plans.plans(), plans.goals()));
        Measure m = measures.measures().create(new MeasureDraft(kdp.id(), null, "3.3.2", "Koordinator for frivillig innsats", null,
                List.of(g.id()), null, MeasureKind.MEASURE, null, null, Responsibility.UNITS, List.of(measures.units().id("ALV-HO")), null,
                2024, 2026, List.of(new YearAmount(2024, 600_000L, Funding.FUNDED), new YearAmount(2025, 600_000L, Funding.NOT_FUNDED)),
                Ownership.THIS_PLAN), PLANNER);
        measures.measures().report(m.id(), m.version(), new ReportDraft(ReportPeriod.year(2024), MeasureStatus.STARTED, 30, Light.YELLOW,
                "Utlyst", null), PLANNER);
        measures.measures().create(MeasureDraft.of(kdp.id(), "1.1", "Felles møteplass"), PLANNER);
        MeasuresBlock block = new MeasuresBlock(measures.measures(), plans.plans(), plans.goals(), measures.units(),
                Catalogs.translator(new MeasuresMessages()));

        BlockContent c = block.render(new BlockRef(MeasuresBlock.TYPE, "plan:" + kdp.id()), NN).orElseThrow();
        assertEquals(List.of("Nr.", "Tiltak", "Ansvar", "År", "Kostnad", "Status"), c.tables().get(0).headers());
        List<List<BlockCell>> rows = c.tables().get(0).rows();
        assertEquals(List.of("1.1", "3.3.2"), rows.stream().map(r -> r.get(0).text()).toList());
        List<BlockCell> row = rows.get(1);
        assertEquals(List.of("3.3.2", "Koordinator for frivillig innsats", "Helse og omsorg", "2024–2026", "1\u00a0200\u00a0000 kr", "Gul: noko avvik"),
                row.stream().map(BlockCell::text).toList());
        assertEquals("#f9a825", row.get(5).colour());
        assertEquals("Ikkje rapportert", rows.get(0).get(5).text());

        BlockContent ofGoal = block.render(new BlockRef(MeasuresBlock.TYPE, "goal:" + g.id()), Locale.ENGLISH).orElseThrow();
        assertEquals(1, ofGoal.tables().get(0).rows().size());
        assertEquals("Yellow: some deviation", ofGoal.tables().get(0).rows().get(0).get(5).text());
        assertTrue(block.render(new BlockRef(MeasuresBlock.TYPE, "plan:424242"), NN).isEmpty());
        assertEquals(List.of("plan:" + kdp.id(), "goal:" + g.id()),
                block.choices(MeasuresBlock.TYPE, kdp.id(), NN).stream().map(x -> x.param()).toList());

        // in the document: the block renders while the bridge is there, a placeholder once it is gone
        var docs = plans.documents();
        var s = docs.add(DocumentKey.plan(kdp.id()), null, 0, "Mål og tiltak", PLANNER);
        docs.save(s.id(), s.version(), "Mål og tiltak", "{{block measures.measure-table plan:" + kdp.id() + "}}", PLANNER);
        docs.addBlockProvider(block);
        SectionPart.Block shown = (SectionPart.Block) docs.content(DocumentKey.plan(kdp.id()), null, NN).sections().get(0).parts().get(0);
        assertEquals(2, shown.content().tables().get(0).rows().size());
        docs.removeBlockProvider(block);
        SectionPart.Block gone = (SectionPart.Block) docs.content(DocumentKey.plan(kdp.id()), null, NN).sections().get(0).parts().get(0);
        assertEquals("[Denne delen (measures.measure-table) blir vist når modulen han kjem frå, er installert.]", gone.placeholder());
    }
}
