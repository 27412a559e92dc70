package no.planverk.competence.demo.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
        assertTrue(DemoCompetence.load(f.units(), f.workforce(), f.requirements(), f.fulltime(), f.measures()));
        ho = f.units().id("ALV-HO");
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void theSameSeedGivesTheSameFile() {
        assertArrayEquals(DemoWorkforce.csv(), DemoWorkforce.csv());
    }

    @Test
    void loadsOnce() {
        assertFalse(DemoCompetence.load(f.units(), f.workforce(), f.requirements(), f.fulltime(), f.measures()));
        assertEquals(5, f.requirements().list(null).size());
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
