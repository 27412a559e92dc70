package no.planverk.competence.core.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.planverk.competence.api.ForecastRun;
import no.planverk.competence.api.GapBasis;
import no.planverk.competence.api.RecruitmentGap;
import no.planverk.competence.api.YearValue;
import org.junit.jupiter.api.Test;

/** Against {@link RetirementsTest#example()}: 3.0 FTE in 2025, then 1.35, 0.81 and 0.729 left. */
class RecruitmentGapsTest {

    static final double E = 1e-9;
    static final ForecastRun RUN = new ForecastRun(9, "Alver", 2024, 2027, List.of("normal"));
    static final List<YearValue> FTE = List.of(new YearValue(2024, 2.5), new YearValue(2025, 4.0), new YearValue(2026, 4.4),
            new YearValue(2027, 4.8));

    @Test
    void theForecastsFteMinusWhatIsLeftOfTodaysStaff() {
        RecruitmentGap g = RecruitmentGaps.of(RUN, "normal", GapBasis.FORECAST, RetirementsTest.example(), FTE);
        assertTrue(g.available());
        assertEquals(3, g.years().size(), "2025-2027: the forecast ends before 2028");
        assertEquals(1.0, g.years().get(0).gap(), E); // 4.0 - 3.0
        assertEquals(3.05, g.years().get(1).gap(), E); // 4.4 - 1.35
        assertEquals(3.99, g.years().get(2).gap(), E); // 4.8 - 0.81
    }

    @Test
    void growthScalesTodaysFteByTheForecastsChange() {
        RecruitmentGap g = RecruitmentGaps.of(RUN, "normal", GapBasis.GROWTH, RetirementsTest.example(), FTE);
        assertEquals(0.0, g.years().get(0).gap(), E);
        assertEquals(3.3, g.years().get(1).neededFte(), E); // 3.0 x 4.4 / 4.0
        assertEquals(1.95, g.years().get(1).gap(), E);
        assertEquals(2.79, g.years().get(2).gap(), E); // 3.6 - 0.81
    }

    @Test
    void saysWhyWhenTheYearsDoNotMeet() {
        RecruitmentGap none = RecruitmentGaps.of(RUN, "normal", GapBasis.FORECAST, RetirementsTest.example(), List.of(new YearValue(2040, 9)));
        assertFalse(none.available());
        assertTrue(none.message().contains("2025-2028"), none.message());
        RecruitmentGap noBase = RecruitmentGaps.of(RUN, "normal", GapBasis.GROWTH, RetirementsTest.example(), List.of(new YearValue(2026, 9)));
        assertFalse(noBase.available());
        assertTrue(noBase.message().contains("register year 2025"), noBase.message());
    }
}
