package no.planverk.competence.core.internal.report;

import static no.planverk.competence.core.internal.report.Rows.row;
import static no.planverk.competence.core.internal.report.Rows.temporary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.planverk.competence.api.Benchmark;
import no.planverk.competence.api.BenchmarkKind;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.FulltimeStats;
import no.planverk.competence.api.FulltimeYear;
import no.planverk.platform.api.OrgUnit;
import org.junit.jupiter.api.Test;

class FulltimeTest {

    static final double E = 1e-9;
    static final OrgUnit UNIT = new OrgUnit(7, "ALV-HO-HEIM", "Heimetenester", 2L, 1);

    /** 3 full-time, 2 at 50 %, 1 temporary at 80 %: 6 positions. */
    static FulltimeStats stats() {
        return Fulltime.stats(UNIT, 2025, List.of(row(7, Category.SJUKEPLEIAR, 100, 3, 30, 39), row(7, Category.HELSEFAGARBEIDAR, 50, 2, 40, 49),
                temporary(7, Category.ASSISTENT, 80)));
    }

    @Test
    void sharesCountPositionsOneByOne() {
        FulltimeStats s = stats();
        assertEquals(6, s.positions());
        assertEquals(3, s.fullTime());
        assertEquals(0.5, s.fullTimeShare(), E);
        assertEquals(80.0, s.averagePercent(), E); // (300 + 100 + 80) / 6
        assertEquals(4.8, s.fte(), E);
        assertEquals(1.0 / 6, s.temporaryShare(), E);
    }

    @Test
    void noPositionsGiveZeroesNotNaN() {
        FulltimeStats s = Fulltime.stats(UNIT, 2025, List.of());
        assertEquals(0.0, s.fullTimeShare());
        assertEquals(0.0, s.averagePercent());
    }

    @Test
    void theNearestUnitsTargetAndTheNewestFiguresUpToTheYearApply() {
        List<Benchmark> b = List.of(new Benchmark(1, BenchmarkKind.TARGET, 2024, null, 0.40, null, null, 0),
                new Benchmark(2, BenchmarkKind.TARGET, 2023, 2L, 0.45, 85.0, null, 0), new Benchmark(3, BenchmarkKind.TARGET, 2026, 2L, 0.6,
                        null, null, 0), new Benchmark(4, BenchmarkKind.NATIONAL, 2022, null, 0.38, 72.0, "KS", 0),
                new Benchmark(5, BenchmarkKind.NATIONAL, 2024, null, 0.41, 74.0, "KS", 0));
        FulltimeYear y = FulltimeServiceImpl.year(stats(), b, List.of(7L, 2L, 1L));
        assertEquals(0.45, y.targetShare(), E); // Helse og omsorg's 2023 target; its 2026 target is not yet in force
        assertEquals(85.0, y.targetAverage(), E);
        assertEquals(0.41, y.nationalShare(), E);
        assertEquals(74.0, y.nationalAverage(), E);
    }
}
