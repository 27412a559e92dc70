package no.planverk.measures.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureCounts;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.plans.api.Ownership;
import no.planverk.measures.api.PeriodKind;
import no.planverk.measures.api.ReportDraft;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.measures.api.Responsibility;
import no.planverk.measures.api.RollForward;
import no.planverk.measures.api.YearAmount;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MeasureServiceImplTest {

    static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    static final UserContext HO_LEADER = UserContext.of("einingsleiar", Role.UNIT_LEADER).withUnits("ALV-HO");
    static final UserContext READER = UserContext.of("lesar", Role.READER);
    /** 25 November 2026: the third tertial of 2026. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("Europe/Oslo"));

    final MeasuresFixture f = MeasuresFixture.inMemory(CLOCK, PeriodKind.TERTIAL);
    final MeasureService measures = f.measures();

    @AfterEach
    void close() {
        f.close();
    }

    /** Alver's volunteer coordinator post (seed 004, KDP mål 3.3): 650 000 kr a year, Kultur and Helse og omsorg. */
    MeasureDraft coordinator() {
        return new MeasureDraft(null, "KDP helse, sosial og omsorg", "3.3.2", "Etablering av stilling som koordinator for frivillig"
                + " innsats i sektor helse og omsorg", null, List.of(), "Frivillig sektor i Alver er mangfaldig og sterk",
                MeasureKind.MEASURE, null, null, Responsibility.UNITS, List.of(f.units().id("ALV-KUL"), f.units().id("ALV-HO")),
                "Kommunalsjef helse og omsorg", 2023, 2026, List.of(new YearAmount(2023, 650_000L, Funding.NOT_FUNDED),
                new YearAmount(2024, 650_000L, Funding.FUNDED)), Ownership.SHARED);
    }

    @Test
    void createsAMeasureWithItsUnitsYearsAndAudit() {
        Measure m = measures.create(coordinator(), PLANNER);
        assertEquals("3.3.2", m.number());
        assertEquals(MeasureStatus.PLANNED, m.status());
        assertEquals(List.of(f.units().id("ALV-KUL"), f.units().id("ALV-HO")), m.unitIds());
        assertEquals(1_300_000L, m.totalCost());
        assertTrue(m.unfunded());
        assertEquals(m, measures.find(m.id()).orElseThrow());
        assertEquals("create", f.audit().calls().get(0).action());
    }

    @Test
    void refusesBadInputNamingEachFieldAndSavesNothing() {
        MeasureDraft bad = new MeasureDraft(null, null, "8 6", " ", null, List.of(), null, MeasureKind.PLAN_REFERENCE, null, null, null,
                List.of(), null, 2026, 2023, List.of(new YearAmount(2030, -5L, Funding.FUNDED)), null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> measures.create(bad, PLANNER));
        assertEquals(List.of("number", "title", "planId", "carrierText", "toYear", "years"), List.copyOf(e.fieldErrors().keySet()));
        assertEquals(0, measures.list(MeasureQuery.all()).total());
    }

    @Test
    void theNumberIsUniqueWithinThePlanOnly() {
        measures.create(MeasureDraft.of(null, "86", "Styrke Forvaltningsenhet i ETTU").withPlanName("UH"), PLANNER);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> measures.create(MeasureDraft.of(null, "86", "Noko anna").withPlanName(" uh "), PLANNER));
        assertTrue(e.getMessage().contains("numbered 86"), e.getMessage());
        measures.create(MeasureDraft.of(null, "86", "Same number, other plan").withPlanName("Anna plan"), PLANNER);
        assertEquals(2, measures.list(MeasureQuery.all()).total());
    }

    @Test
    void unitLeadersChangeTheirOwnUnitsMeasuresOnlyAndReadersNone() {
        Measure shared = measures.create(coordinator(), PLANNER);
        Measure bergen = measures.create(MeasureDraft.of(null, "87", "Barnebolig").withPlanName("UH")
                .withUnits(List.of(f.units().id("BRG-UH"))), PLANNER);
        assertTrue(measures.canEdit(shared, HO_LEADER));
        assertFalse(measures.canEdit(bergen, HO_LEADER));
        assertThrows(AccessDeniedException.class, () -> measures.report(bergen.id(), bergen.version(), green(), HO_LEADER));
        assertThrows(AccessDeniedException.class, () -> measures.create(coordinator().withNumber("9"), READER));
        Measure reported = measures.report(shared.id(), shared.version(), green(), HO_LEADER);
        assertEquals(Light.GREEN, reported.light());
        // a unit below one's own unit counts as one's own
        Measure heim = measures.create(MeasureDraft.of(null, "1", "Heimetenester").withPlanName("X")
                .withUnits(List.of(f.units().id("ALV-HO-HEIM"))), HO_LEADER);
        assertTrue(measures.canEdit(heim, HO_LEADER));
    }

    ReportDraft green() {
        return new ReportDraft(ReportPeriod.parse("2026-T3"), MeasureStatus.ONGOING, 40, Light.GREEN, null, 200_000L);
    }

    @Test
    void aReportMovesTheMeasureAndKeepsHistoryAndAnOlderPeriodDoesNotOverwrite() {
        Measure m = measures.create(coordinator(), PLANNER);
        m = measures.report(m.id(), m.version(), green(), PLANNER);
        assertEquals(MeasureStatus.ONGOING, m.status());
        assertEquals(40, m.percent());
        assertEquals("2026-T3", m.lastPeriod().toString());
        Measure late = measures.report(m.id(), m.version(), new ReportDraft(ReportPeriod.parse("2026-T2"), MeasureStatus.STARTED, 10,
                Light.YELLOW, "Forseinka tilsetjing", null), PLANNER);
        assertEquals(Light.GREEN, late.light(), "a report for an earlier period is history, not the state");
        assertEquals(2, measures.reports(m.id()).size());
        assertEquals("2026-T2", measures.reports(m.id()).get(0).period().toString());
        Measure stale = m;
        assertThrows(StaleVersionException.class, () -> measures.report(stale.id(), stale.version(), green(), PLANNER));
    }

    @Test
    void redOrYellowNeedsAComment() {
        Measure m = measures.create(coordinator(), PLANNER);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> measures.report(m.id(), m.version(),
                new ReportDraft(ReportPeriod.parse("2026-T3"), MeasureStatus.ONGOING, 10, Light.RED, " ", null), PLANNER));
        assertTrue(e.fieldErrors().containsKey("comment"));
        assertTrue(measures.reports(m.id()).isEmpty());
    }

    @Test
    void missingReportsRemindersAndTheirEnd() {
        Measure a = measures.create(coordinator(), PLANNER);
        Measure b = measures.create(coordinator().withNumber("3.3.3").withUnits(List.of(f.units().id("BRG-UH"))), PLANNER);
        measures.create(coordinator().withNumber("old").withYears(2019, 2020), PLANNER);
        ReportPeriod now = measures.currentPeriod();
        assertEquals("2026-T3", now.toString());
        assertEquals(List.of("3.3.2", "3.3.3"), measures.missingReports(now, null).stream().map(Measure::number).toList());
        assertEquals(List.of("3.3.2"), measures.missingReports(now, f.units().id("ALV-HO")).stream().map(Measure::number).toList());
        assertThrows(AccessDeniedException.class, () -> measures.remind(List.of(a.id()), now, HO_LEADER));
        measures.remind(List.of(a.id(), b.id()), now, PLANNER);
        assertEquals(List.of("3.3.2"), measures.reminders(HO_LEADER).stream().map(r -> r.measureNumber()).toList());
        assertEquals(2, measures.reminders(PLANNER).size());
        measures.report(a.id(), a.version(), green(), HO_LEADER);
        assertTrue(measures.reminders(HO_LEADER).isEmpty(), "the report answers the reminder");
        assertEquals(List.of("3.3.3"), measures.missingReports(now, null).stream().map(Measure::number).toList());
    }

    @Test
    void countsAndFiltersForTheGridAndTheDashboard() {
        Measure a = measures.create(coordinator(), PLANNER);
        measures.report(a.id(), a.version(), new ReportDraft(ReportPeriod.parse("2026-T3"), MeasureStatus.ONGOING, 10, Light.RED,
                "Ikkje finansiert", null), PLANNER);
        measures.create(coordinator().withNumber("2").withYears(2019, 2020).withUnits(List.of(f.units().id("BRG-UH"))), PLANNER);
        Measure done = measures.create(coordinator().withNumber("3").withYears(2019, 2020), PLANNER);
        measures.report(done.id(), done.version(), new ReportDraft(ReportPeriod.year(2020), MeasureStatus.COMPLETED, null, Light.GREEN,
                null, null), PLANNER);
        MeasureCounts c = measures.counts(null);
        assertEquals(3, c.total());
        assertEquals(1L, c.byStatus().get(MeasureStatus.COMPLETED));
        assertEquals(1L, c.byLight().get(Light.RED));
        assertNull(c.byLight().get(Light.GREEN), "closed measures' lights are not counted");
        assertEquals(2, c.late(), "red, and open after its last year");
        assertEquals(0, c.missingReports(), "the one running now has reported");
        assertEquals(2, page(q -> new MeasureQuery(null, null, f.units().id("ALVER"), null, null, null, null, null, null, null, 0, 50)));
        assertEquals(1, page(q -> new MeasureQuery(null, null, null, 2025, null, null, null, null, null, null, 0, 50)));
        assertEquals(1, page(q -> new MeasureQuery(null, null, null, null, null, Light.RED, null, null, null, null, 0, 50)));
        assertEquals(1, page(q -> new MeasureQuery(null, null, null, null, null, null, Funding.NOT_FUNDED, null, null, null, 0, 50)));
        assertEquals(2, page(q -> new MeasureQuery(null, null, null, null, null, null, null, true, null, null, 0, 50)));
        assertEquals(3, page(q -> new MeasureQuery(null, null, null, null, null, null, null, null, "KOORDINATOR", "-number", 0, 50)));
        assertThrows(InvalidInputException.class, () -> measures.list(new MeasureQuery(null, null, null, null, null, null, null, null,
                null, "colour", 0, 50)));
    }

    @Test
    void aMunicipalityKeepsToItsUnitsMeasuresAndThoseWithoutUnitsStayFindable() {
        measures.create(coordinator(), PLANNER);
        measures.create(coordinator().withNumber("2").withUnits(List.of(f.units().id("BRG-UH"))), PLANNER);
        measures.create(coordinator().withNumber("3").withUnits(List.of()), PLANNER);
        assertEquals(List.of("3", "3.3.2"), municipality("ALVER"));
        assertEquals(List.of("2", "3"), municipality("BERGEN"), "without the plans module no plan owner is known: in every municipality");

        f.directory(new MemoryPlans());
        measures.create(coordinator().inPlan(100L).withNumber("4").withUnits(List.of()), PLANNER);
        measures.create(coordinator().inPlan(200L).withNumber("5").withUnits(List.of()), PLANNER);
        assertEquals(List.of("3", "3.3.2", "4"), municipality("ALVER"), "a plan owned in Alver");
        assertEquals(List.of("2", "3", "5"), municipality("BERGEN"));
        assertEquals(List.of("2"), numbers(new MeasureQuery(null, null, f.units().id("BRG-UH"),
                f.units().id("BERGEN"), null, null, null, null, null, null, null, 0, 50)), "with a unit, measures of that unit");
    }

    private List<String> municipality(String code) {
        return numbers(new MeasureQuery(null, null, null, f.units().id(code), null, null, null, null, null,
                null, null, 0, 50));
    }

    /** The numbers a query finds, sorted. */
    private List<String> numbers(MeasureQuery q) {
        return measures.list(q).items().stream().map(Measure::number).sorted().toList();
    }

    long page(java.util.function.UnaryOperator<MeasureQuery> q) {
        return measures.list(q.apply(null)).total();
    }

    @Test
    void numbersSortAsPeopleReadThem() {
        for (String n : List.of("4.1.10", "4.1.9", "86", "9")) {
            measures.create(MeasureDraft.of(null, n, "Tiltak " + n).withPlanName("P"), PLANNER);
        }
        assertEquals(List.of("4.1.9", "4.1.10", "9", "86"), measures.list(MeasureQuery.all()).items().stream().map(Measure::number).toList());
    }

    @Test
    void rollForwardCopiesOpenMeasuresWithTheirHistoryIntoTheNextPlan() {
        f.directory(new MemoryPlans());
        Measure open = measures.create(coordinator().inPlan(200L).withNumber("86").withYears(2025, 2028), PLANNER);
        open = measures.report(open.id(), open.version(), green(), PLANNER);
        Measure completed = measures.create(coordinator().inPlan(200L).withNumber("87").withYears(2025, 2028), PLANNER);
        measures.report(completed.id(), completed.version(), new ReportDraft(ReportPeriod.parse("2026-T3"), MeasureStatus.COMPLETED,
                100, Light.GREEN, null, null), PLANNER);
        assertThrows(InvalidInputException.class, () -> measures.rollForward(new RollForward(200L, null, 200L, null, 2029, 2032), PLANNER));
        assertThrows(AccessDeniedException.class, () -> measures.rollForward(new RollForward(200L, null, 300L, null, 2029, 2032),
                HO_LEADER));
        RollForward.Result r = measures.rollForward(new RollForward(200L, null, 300L, null, 2029, 2032), PLANNER);
        assertEquals(List.of("86"), r.created().stream().map(Measure::number).toList());
        Measure copy = r.created().get(0);
        assertEquals(300L, copy.planId());
        assertEquals(open.id(), copy.originId());
        assertEquals(List.of(2029, 2030, 2031, 2032), copy.years().stream().map(YearAmount::year).toList());
        assertEquals(1, measures.reports(copy.id()).size(), "the history travels along");
        assertEquals(MeasureStatus.ONGOING, measures.find(open.id()).orElseThrow().status(), "the original is untouched");
        RollForward.Result again = measures.rollForward(new RollForward(200L, null, 300L, null, 2029, 2032), PLANNER);
        assertEquals(List.of("86"), again.skipped());
    }

    @Test
    void rollForwardWithoutThePlansModuleGoesByPlanName() {
        measures.create(MeasureDraft.of(null, "P-1", "Prøve").withPlanName("Rolleplan"), PLANNER);
        RollForward.Result r = measures.rollForward(new RollForward(null, "Rolleplan", null, "Rolleplan 2", 2027, 2030), PLANNER);
        assertEquals("Rolleplan 2", r.created().get(0).planName());
        assertEquals(List.of(2027, 2028, 2029, 2030), r.created().get(0).years().stream().map(YearAmount::year).toList());
    }

    @Test
    void withThePlansModuleGoalsAndPlansAreChecked() {
        f.directory(new MemoryPlans());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> measures.create(coordinator().inPlan(100L).withGoals(List.of(1001L, 99L)), PLANNER));
        assertTrue(e.fieldErrors().get("goalIds").contains("99"), e.getMessage());
        Measure m = measures.create(coordinator().inPlan(100L).withGoals(List.of(1001L)), PLANNER);
        assertEquals(List.of(m.id()), measures.forGoals(List.of(1001L)).stream().map(Measure::id).toList());
        assertTrue(measures.forGoals(List.of(1002L)).isEmpty());
    }

    @Test
    void deleteRemovesReportsAndReminders() {
        Measure m = measures.create(coordinator(), PLANNER);
        m = measures.report(m.id(), m.version(), green(), PLANNER);
        measures.remind(List.of(m.id()), ReportPeriod.parse("2027-T1"), PLANNER);
        measures.delete(m.id(), m.version(), PLANNER);
        assertTrue(measures.find(m.id()).isEmpty());
        assertTrue(measures.reports(m.id()).isEmpty());
        assertTrue(measures.reminders(PLANNER).isEmpty());
    }
}
