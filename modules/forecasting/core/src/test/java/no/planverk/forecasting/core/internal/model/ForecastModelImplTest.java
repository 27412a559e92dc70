package no.planverk.forecasting.core.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.ForecastRequest;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.forecasting.api.ModelVersion;
import no.planverk.forecasting.api.PopulationProjection;
import no.planverk.forecasting.api.Scenario;
import no.planverk.forecasting.api.ServiceResult;
import no.planverk.forecasting.api.ServiceUsers;
import no.planverk.forecasting.api.YearResult;
import org.junit.jupiter.api.Test;

class ForecastModelImplTest {
    private static final double EPS = 1e-9;
    private final ForecastModelImpl model = new ForecastModelImpl();

    private ServiceResult get(ForecastResult result, String scenario, String service, int year) {
        return result.find(scenario, service, year).orElseThrow();
    }

    @Test
    void workedExampleNormal() {
        ForecastResult result = model.run(WorkedExample.request());
        // r_home = 0.01 (0-2), 0.2 (3-4); r_care = 0 (0-2), 0.1 (3), 0.5 (4)
        assertEquals(17, get(result, "normal", "home", 2020).users(), EPS);
        assertEquals(15, get(result, "normal", "care", 2020).users(), EPS);
        ServiceResult home = get(result, "normal", "home", 2021);
        assertEquals(26.9, home.users(), EPS); // 0.01·290 + 0.2·120
        assertEquals(9.9, home.change(), EPS);
        assertEquals(990.0 / 17, home.changePercent(), EPS);
        assertEquals(13.45, home.fte(), EPS);
        assertNull(home.cost());
        ServiceResult care = get(result, "normal", "care", 2021);
        assertEquals(28, care.users(), EPS); // 0.1·80 + 0.5·40
        assertEquals(13, care.change(), EPS);
        assertEquals(28_000_000, care.cost(), 1e-6);
        assertNull(care.fte());
    }

    @Test
    void workedExampleDelayedByHalfAYearAveragesNormalAndOneYearShifted() {
        ForecastResult result = model.run(WorkedExample.request());
        assertEquals(17, get(result, "delayed", "home", 2020).users(), EPS);
        // d = 0.5: age a takes 0.5·r(a) + 0.5·r(a − 1); normal is 26.9 and 28, shifted by one year 11.7 and 4
        assertEquals(0.5 * 26.9 + 0.5 * 11.7, get(result, "delayed", "home", 2021).users(), EPS); // 19.3
        assertEquals(0.5 * 28 + 0.5 * 4, get(result, "delayed", "care", 2021).users(), EPS); // 16
        assertEquals(1, get(result, "delayed", "care", 2021).change(), EPS);
    }

    @Test
    void workedExampleOnTheSteppedModelVersionGivesTheOldFigures() {
        ForecastResult result = model.run(WorkedExample.request().withModelVersion(ModelVersion.STEPPED));
        // version 1: age a takes the rate of a − 0.5, i.e. of age a − 1; age 0 the lowest band's
        assertEquals(11.7, get(result, "delayed", "home", 2021).users(), EPS); // 0.9 + 1 + 1 + 0.01·80 + 0.2·40
        assertEquals(4, get(result, "delayed", "care", 2021).users(), EPS); // 0·80 + 0.1·40
        assertEquals(26.9, get(result, "normal", "home", 2021).users(), EPS);
    }

    @Test
    void workedExampleWelfareTechAndCustom() {
        ForecastResult result = model.run(WorkedExample.request());
        assertEquals(17, get(result, "welfare-tech", "home", 2020).users(), EPS);
        assertEquals(15, get(result, "welfare-tech", "care", 2020).users(), EPS);
        assertEquals(22.4, get(result, "welfare-tech", "care", 2021).users(), EPS); // 28 − 0.2·28
        assertEquals(32.5, get(result, "welfare-tech", "home", 2021).users(), EPS); // 26.9 + 5.6
        assertEquals(17, get(result, "custom", "home", 2020).users(), EPS);
        assertEquals(29.59, get(result, "custom", "home", 2021).users(), EPS); // 26.9 · 1.1
        assertEquals(28, get(result, "custom", "care", 2021).users(), EPS);
    }

    @Test
    void workedExampleDementiaAndPlaces() {
        ForecastResult result = model.run(WorkedExample.request());
        YearResult y2020 = result.year(2020).orElseThrow();
        assertEquals(370, y2020.population(), EPS);
        assertEquals(7, y2020.dementiaPersons(), EPS);
        assertEquals(7.0 / 370, y2020.dementiaShare(), EPS);
        assertEquals(10, y2020.placesNeeded(), EPS);
        assertEquals(0, y2020.placesGap(), EPS);
        YearResult y2021 = result.year(2021).orElseThrow();
        assertEquals(12, y2021.dementiaPersons(), EPS);
        assertEquals(12.0 / 410, y2021.dementiaShare(), EPS);
        assertEquals(120, y2021.coveragePopulation(), EPS);
        assertEquals(10.0 * 120 / 70, y2021.placesNeeded(), EPS);
        assertEquals(10.0 * 120 / 70 - 10, y2021.placesGap(), EPS);
        assertEquals(2 * 4 * 2, result.services().size());
    }

    /** One band per age 0..10 with rate (a + 1) / 10, population 10 at every age and year. */
    private static ForecastRequest.Builder steps(int years, double k) {
        Map<Integer, double[]> population = new HashMap<>();
        for (int y = 0; y <= years; y++) {
            population.put(2020 + y, new double[] {10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10});
        }
        List<ServiceUsers> users = new java.util.ArrayList<>();
        for (int a = 0; a <= 10; a++) {
            users.add(new ServiceUsers("s", a, a, a + 1));
        }
        return ForecastRequest.builder(PopulationProjection.of(population), users, 2020, 2020 + years).delayPerYear(k);
    }

    @Test
    void delayThatIsAnIntegerOnlyUpToRoundingHitsTheBandEdge() {
        // 0.28 · 25 is 7.000000000000001 in doubles; d must be 7: ages 0..7 take age 0's rate, age a > 7 that of a − 7
        ForecastResult result = model.run(steps(25, 0.28).build());
        assertEquals(8 * 1 + 2 + 3 + 4, get(result, "delayed", "s", 2045).users(), EPS);
        assertEquals(66, get(result, "normal", "s", 2045).users(), EPS); // 1 + 2 + ... + 11
    }

    @Test
    void nonIntegerDelaysAverageTheTwoWholeYearShifts() {
        ForecastResult result = model.run(steps(3, 0.5).build());
        // whole shifts: d = 0 gives 66, d = 1 gives 1 + 55 = 56 (age 0 keeps the lowest rate), d = 2 gives 2 + 45 = 47
        assertEquals(66, get(result, "delayed", "s", 2020).users(), EPS);
        assertEquals(0.5 * 66 + 0.5 * 56, get(result, "delayed", "s", 2021).users(), EPS); // d = 0.5
        assertEquals(56, get(result, "delayed", "s", 2022).users(), EPS); // d = 1: exactly the shifted rates
        assertEquals(0.5 * 56 + 0.5 * 47, get(result, "delayed", "s", 2023).users(), EPS); // d = 1.5
    }

    @Test
    void aSmallDelaySlidesInsteadOfDroppingAtTheFirstYear() {
        ForecastResult result = model.run(steps(11, 0.1).build());
        // d = 0.1: 0.9·66 + 0.1·56 (version 1 dropped to 56 at once and stayed there until d = 1.1)
        assertEquals(0.9 * 66 + 0.1 * 56, get(result, "delayed", "s", 2021).users(), EPS);
        assertEquals(0.5 * 66 + 0.5 * 56, get(result, "delayed", "s", 2025).users(), EPS);
        assertEquals(0.9 * 56 + 0.1 * 47, get(result, "delayed", "s", 2031).users(), EPS);
        ForecastResult stepped = model.run(steps(11, 0.1).modelVersion(ModelVersion.STEPPED).build());
        assertEquals(56, get(stepped, "delayed", "s", 2021).users(), EPS);
        assertEquals(47, get(stepped, "delayed", "s", 2031).users(), EPS);
    }

    @Test
    void openTopAgeCountsAsItsBand() {
        PopulationProjection open = PopulationProjection.of(Map.of(2020, new double[] {10, 10, 5}, 2021, new double[] {10, 10, 15}), true);
        List<ServiceUsers> users = List.of(new ServiceUsers("s", 0, 1, 2), new ServiceUsers("s", 2, 120, 5));
        ForecastResult result = model.run(ForecastRequest.builder(open, users, 2020, 2021).build());
        assertEquals(0.1 * 20 + 1.0 * 15, get(result, "normal", "s", 2021).users(), EPS);
        List<ServiceUsers> split = List.of(new ServiceUsers("s", 0, 1, 2), new ServiceUsers("s", 2, 2, 5),
                new ServiceUsers("s", 3, 120, 0));
        assertThrows(no.planverk.platform.api.InvalidInputException.class,
                () -> model.run(ForecastRequest.builder(open, split, 2020, 2021).build()));
    }

    @Test
    void horizonEqualToBaseYearGivesTheBaseYear() {
        ForecastResult result = model.run(ForecastRequest.builder(WorkedExample.POPULATION, WorkedExample.USERS, 2020, 2020)
                .welfareTech(new no.planverk.forecasting.api.WelfareTech("care", "home", 1)).scenarios(Scenario.WELFARE_TECH).build());
        assertEquals(15, get(result, "welfare-tech", "care", 2020).users(), EPS);
        assertEquals(0, get(result, "welfare-tech", "care", 2020).change(), EPS);
        assertEquals(0, get(result, "welfare-tech", "care", 2020).changePercent(), EPS);
    }
}
