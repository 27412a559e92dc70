package no.planverk.plans.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import no.planverk.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    private static Indicator share(double... actuals2021on) {
        List<IndicatorValue> values = new java.util.ArrayList<>();
        for (int i = 0; i < actuals2021on.length; i++) {
            values.add(new IndicatorValue(2021 + i, actuals2021on[i]));
        }
        // full-time share: 40 % in 2020, target 60 % in 2030
        return new Indicator(1, 1, "Heiltidsdel", "%", 2020, 40, 2030, 60, values, 1);
    }

    @Test
    void expectedValueLiesOnTheLineFromBaselineToTarget() {
        assertEquals(40, share().expected(2019));
        assertEquals(50, share().expected(2025), 1e-9);
        assertEquals(60, share().expected(2035));
    }

    @Test
    void onTrackWhenTheLatestActualIsAtOrAboveTheLine() {
        assertEquals(IndicatorStatus.NO_DATA, share().status());
        assertEquals(IndicatorStatus.ON_TRACK, share(41, 44).status());     // 2022 expects 44
        assertEquals(IndicatorStatus.OFF_TRACK, share(45, 43.9).status());
    }

    @Test
    void aTargetBelowTheBaselineMeansLowerIsBetter() {
        Indicator sickLeave = new Indicator(1, 1, "Sjukefråvær", "%", 2020, 10, 2024, 8,
                List.of(new IndicatorValue(2022, 9.2)), 1);
        assertEquals(IndicatorStatus.OFF_TRACK, sickLeave.status());  // expects 9.0
        Indicator better = new Indicator(1, 1, "Sjukefråvær", "%", 2020, 10, 2024, 8, List.of(new IndicatorValue(2022, 8.5)), 1);
        assertEquals(IndicatorStatus.ON_TRACK, better.status());
    }

    @Test
    void draftRefusesTwoValuesForOneYearAndATargetBeforeTheBaseline() {
        IndicatorDraft twice = new IndicatorDraft(1, "x", null, 2020, 1.0, 2030, 2.0,
                List.of(new IndicatorValue(2021, 1), new IndicatorValue(2021, 2)));
        assertEquals("Two actual values for 2021; keep one per year",
                assertThrows(InvalidInputException.class, twice::validated).fieldErrors().get("actuals"));
        IndicatorDraft backwards = new IndicatorDraft(1, "x", null, 2020, 1.0, 2010, 2.0, List.of());
        assertThrows(InvalidInputException.class, backwards::validated);
    }
}
