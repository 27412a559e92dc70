package no.planverk.competence.demo.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.FulltimeReport;
import no.planverk.competence.api.Gap;
import no.planverk.competence.api.RetirementProjection;
import no.planverk.competence.api.WorkforceSummary;
import no.planverk.competence.core.internal.CompetenceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo data loaded once through the real services on Derby, and the shape the README promises. */
class DemoCompetenceTest {

    static CompetenceFixture f;
    static long ho;

    @BeforeAll
    static void load() {
        f = CompetenceFixture.inMemory();
        assertEquals(Set.of("alver", "bergen"), DemoCompetence.load(Set.of("alver", "bergen"), services(f)));
        ho = f.units().id("ALV-HO");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    static DemoCompetence.Services services(CompetenceFixture c) {
        return new DemoCompetence.Services(c.units(), c.workforce(), c.requirements(), c.fulltime(), c.measures());
    }

    @Test
    void theSameSeedGivesTheSameFile() {
        assertArrayEquals(DemoWorkforce.csv(List.of("ALV-", "BRG-")), DemoWorkforce.csv(List.of("ALV-", "BRG-")));
    }

    @Test
    void loadsOnce() {
        assertTrue(DemoCompetence.load(Set.of("alver", "bergen"), services(f)).isEmpty());
        assertEquals(5, f.requirements().list(null).size());
        assertEquals(5, f.fulltime().benchmarks().size());
    }

    @Test
    void aMunicipalityAddedLaterLoadsThenWithTheSameRows() {
        try (CompetenceFixture bergenFirst = CompetenceFixture.inMemory()) {
            assertEquals(Set.of("bergen"), DemoCompetence.load(Set.of("bergen"), services(bergenFirst)));
            assertEquals(0, bergenFirst.workforce().summary(bergenFirst.units().id("ALV-HO"), null).positions());
            assertEquals(Set.of("alver"), DemoCompetence.load(Set.of("alver", "bergen"), services(bergenFirst)));
            assertEquals(f.workforce().summary(ho, 2025), bergenFirst.workforce().summary(bergenFirst.units().id("ALV-HO"), 2025));
            assertEquals(4, bergenFirst.fulltime().benchmarks().stream().filter(b -> b.kind().id().equals("national")).count());
        }
    }

    @Test
    void alverHasAboutAThousandFteManyOverFiftyFive() {
        assertEquals(List.of(2025, 2024, 2023, 2022), f.workforce().years());
        for (int year = 2022; year <= 2025; year++) {
            WorkforceSummary s = f.workforce().summary(ho, year);
            assertTrue(s.fte() > 950 && s.fte() < 1050, year + ": " + s.fte());
            assertTrue(s.aged55plus() > 0.25 * s.positions(), year + ": " + s.aged55plus() + " of " + s.positions());
        }
    }

    @Test
    void fullTimeShareRisesFromYearToYear() {
        FulltimeReport r = f.fulltime().report(ho);
        assertEquals(4, r.trend().size());
        for (int i = 1; i < r.trend().size(); i++) {
            assertTrue(r.trend().get(i).stats().fullTimeShare() > r.trend().get(i - 1).stats().fullTimeShare(), "year " + (2022 + i));
        }
        assertEquals(0.41, r.trend().get(3).targetShare());
        assertEquals(0.41, r.trend().get(3).nationalShare());
    }

    @Test
    void bergensChapterNineRequirementIsADeviation() {
        List<Gap> deviations = f.requirements().gaps(null, null).deviations();
        assertTrue(deviations.stream().anyMatch(g -> g.unitCode().equals("BRG-UH") && g.category() == Category.VERNEPLEIAR), deviations
                .toString());
    }

    @Test
    void manyRetireWithinTenYears() {
        RetirementProjection p = f.retirements().project(ho, null, null);
        double retiring = p.totals().stream().mapToDouble(y -> y.retirements()).sum();
        assertTrue(retiring > 0.2 * p.baseFte(), retiring + " of " + p.baseFte());
        assertEquals(6, f.measures().list(null, null).size());
    }
}
