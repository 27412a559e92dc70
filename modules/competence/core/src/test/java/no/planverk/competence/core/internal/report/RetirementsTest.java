package no.planverk.competence.core.internal.report;

import static no.planverk.competence.core.internal.report.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.RetirementParams;
import no.planverk.competence.api.RetirementProjection;
import no.planverk.competence.api.RetirementYear;
import org.junit.jupiter.api.Test;

/** Hand-computed projections; the worked example of the README. */
class RetirementsTest {

    static final double E = 1e-9;

    /**
     * R = 62, q = 0.1, three years from 2025. Nurses: one aged 61 and one aged 40, full time. Health workers: two 50 %
     * positions aged 60-61, so 0.5 FTE at 60 and 0.5 at 61.
     */
    static RetirementProjection example() {
        return Retirements.project(1, 2025, List.of(row(1, Category.SJUKEPLEIAR, 100, 1, 61, 61), row(1, Category.SJUKEPLEIAR, 100, 1, 40, 40),
                row(1, Category.HELSEFAGARBEIDAR, 50, 2, 60, 61)), new RetirementParams(3, 62, 0.1));
    }

    @Test
    void nursesRetireAtSixtyTwoAndTurnoverThinsTheRest() {
        List<RetirementYear> nurses = example().categories().stream().filter(y -> y.category() == Category.SJUKEPLEIAR).toList();
        // 2026: the 61-year-old retires (1); leavers 0.1 x (2 - 1); the 40-year-old is left at 0.9
        check(nurses.get(0), 2026, 1.0, 0.1, 1.1, 0.9);
        // 2027: nobody retires; leavers 0.1 x 2 while staffing is held at 2 FTE; 0.9 x 0.9 left
        check(nurses.get(1), 2027, 0.0, 0.2, 0.2, 0.81);
        check(nurses.get(2), 2028, 0.0, 0.2, 0.2, 0.729);
    }

    @Test
    void aBandIsSpreadEvenlyAndLaterRetirementsAreThinnedByTurnover() {
        List<RetirementYear> workers = example().categories().stream().filter(y -> y.category() == Category.HELSEFAGARBEIDAR).toList();
        check(workers.get(0), 2026, 0.5, 0.05, 0.55, 0.45); // age 61 retires; age 60 is 0.5 x 0.9
        check(workers.get(1), 2027, 0.45, 0.055, 0.505, 0.0); // age 60 retires after a year of turnover: 0.5 x 0.9
        check(workers.get(2), 2028, 0.0, 0.1, 0.1, 0.0);
    }

    @Test
    void totalsAddUpTheCategories() {
        RetirementProjection p = example();
        assertEquals(3.0, p.baseFte(), E);
        assertEquals(2.0, p.aged55plusFte(), E);
        check(p.totals().get(0), 2026, 1.5, 0.15, 1.65, 1.35);
        check(p.totals().get(1), 2027, 0.45, 0.255, 0.705, 0.81);
        check(p.totals().get(2), 2028, 0.0, 0.3, 0.3, 0.729);
        assertNull(p.totals().get(0).category());
    }

    @Test
    void staffPastTheRetirementAgeRetireEvenlyUntilTheAgeLimit() {
        // aged 64 at R = 62: 70 - 64 = 6 years left, 0.6 FTE / 6 = 0.1 a year; turnover 0.5 thins the later years
        RetirementProjection p = Retirements.project(1, 2025, List.of(row(1, Category.LEGE, 60, 1, 64, 64)), new RetirementParams(8, 62, 0.5));
        check(p.totals().get(0), 2026, 0.1, 0.25, 0.35, 0.25); // leavers 0.5 x (0.6 - 0.1); left 0.5 x 0.5
        check(p.totals().get(1), 2027, 0.05, 0.275, 0.325, 0.1); // 0.1 x 0.5; left 0.6 x 4/6 x 0.25
        assertEquals(0.1 * Math.pow(0.5, 5), p.totals().get(5).retirements(), E);
        assertEquals(0.0, p.totals().get(5).projectedFte(), E);
        assertEquals(0.0, p.totals().get(6).retirements(), E);
        RetirementProjection old = Retirements.project(1, 2025, List.of(row(1, Category.LEGE, 60, 1, 69, 69)), new RetirementParams(2, 62, 0));
        assertEquals(0.6, old.totals().get(0).retirements(), E, "at 69 there is one year left");
    }

    @Test
    void fiveAgesOfAFiveYearBandRetireOneYearApart() {
        RetirementProjection p = Retirements.project(1, 2025, List.of(row(1, Category.VERNEPLEIAR, 100, 5, 55, 59)),
                new RetirementParams(10, 62, 0));
        double[] expected = {0, 0, 1, 1, 1, 1, 1, 0, 0, 0}; // 59 retires in 2028 (62 - 59 = 3 years), 55 in 2032
        for (int k = 0; k < 10; k++) {
            assertEquals(expected[k], p.totals().get(k).retirements(), E, "year " + (2026 + k));
        }
        assertEquals(0.0, p.totals().get(9).projectedFte(), E);
        assertEquals(3.0, p.totals().get(3).projectedFte(), E); // 2029: ages 55, 56 and 57 of 2025 are still below 62
    }

    @Test
    void aLaterRetirementAgeMovesRetirementsOutOfTheWindow() {
        RetirementProjection p = Retirements.project(1, 2025, List.of(row(1, Category.SJUKEPLEIAR, 100, 1, 61, 61)),
                new RetirementParams(5, 67, 0));
        assertEquals(0.0, p.totals().stream().mapToDouble(RetirementYear::retirements).sum(), E);
        assertEquals(1.0, p.totals().get(4).projectedFte(), E);
    }

    static void check(RetirementYear y, int year, double retirements, double leavers, double need, double projected) {
        assertEquals(year, y.year());
        assertEquals(retirements, y.retirements(), E, "retirements " + year);
        assertEquals(leavers, y.leavers(), E, "leavers " + year);
        assertEquals(need, y.recruitmentNeed(), E, "need " + year);
        assertEquals(projected, y.projectedFte(), E, "projected " + year);
    }
}
