package no.planverk.measures.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureDraft;
import no.planverk.measures.api.MeasureKind;
import no.planverk.measures.api.MeasureQuery;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.measures.api.PeriodKind;
import no.planverk.measures.api.ReportDraft;
import no.planverk.measures.api.ReportPeriod;
import no.planverk.measures.api.Responsibility;
import no.planverk.measures.api.YearAmount;
import no.planverk.measures.core.internal.persistence.MeasureReads;
import no.planverk.plans.api.Ownership;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The measure page and a single measure are read without managed copies, and still show every saved change. */
class ReadOnlyReadsTest {

    final MeasuresFixture f = MeasuresFixture.inMemory(MeasureServiceImplTest.CLOCK, PeriodKind.TERTIAL);
    final MeasureService measures = f.measures();

    @AfterEach
    void close() {
        f.close();
    }

    MeasureDraft draft(String number, List<Long> units, long amount) {
        return new MeasureDraft(null, "KDP helse, sosial og omsorg", number, "Frivilligkoordinator " + number, null, List.of(), null,
                MeasureKind.MEASURE, null, null, Responsibility.UNITS, units, null, 2025, 2027,
                List.of(new YearAmount(2026, amount, Funding.FUNDED)), Ownership.SHARED);
    }

    @Test
    void thePageAndAMeasureRegisterNothingInTheUnitOfWork() {
        for (int i = 1; i <= 5; i++) {
            measures.create(draft("3.3." + i, List.of(f.units().id("ALV-HO")), 100_000L * i), MeasureServiceImplTest.PLANNER);
        }
        long id = measures.list(MeasureQuery.all()).items().get(0).id();
        int registered = f.jpa().txExpr(em -> {
            assertEquals(5, MeasureReads.page(em, MeasureQuery.all(), new UnitScope(null, null, java.util.Set.of()), 2026).size());
            assertEquals(id, MeasureReads.find(em, id).orElseThrow().id());
            return em.unwrap(UnitOfWorkImpl.class).getCloneMapping().size();
        });
        assertEquals(0, registered); // 5 measures, their links and years, read as managed copies, were 15 before
    }

    @Test
    void readsSeeEveryChangeSavedBefore() {
        Measure m = measures.create(draft("3.3.2", List.of(f.units().id("ALV-HO")), 650_000L), MeasureServiceImplTest.PLANNER);
        assertEquals(List.of(f.units().id("ALV-HO")), measures.find(m.id()).orElseThrow().unitIds()); // cached now
        measures.list(MeasureQuery.all());

        Measure changed = measures.update(m.id(), m.version(), draft("3.3.2", List.of(f.units().id("ALV-KUL"), f.units().id("ALV-HO")),
                700_000L), MeasureServiceImplTest.PLANNER);
        Measure reported = measures.report(m.id(), changed.version(), new ReportDraft(ReportPeriod.parse("2026-T3"),
                MeasureStatus.ONGOING, 40, Light.YELLOW, "Utlysing ute", null), MeasureServiceImplTest.PLANNER);

        for (Measure read : List.of(measures.find(m.id()).orElseThrow(), measures.list(MeasureQuery.all()).items().get(0))) {
            assertEquals(List.of(f.units().id("ALV-KUL"), f.units().id("ALV-HO")), read.unitIds());
            assertEquals(700_000L, read.years().get(0).costNok());
            assertEquals(MeasureStatus.ONGOING, read.status());
            assertEquals(Light.YELLOW, read.light());
            assertEquals(reported.version(), read.version());
        }
        assertEquals(1, measures.reports(m.id()).size());
        assertEquals(reported, measures.find(m.id()).orElseThrow(), "a report answers with the measure as stored");
    }
}
