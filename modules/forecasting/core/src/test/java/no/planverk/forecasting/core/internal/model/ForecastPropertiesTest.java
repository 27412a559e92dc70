package no.planverk.forecasting.core.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.planverk.forecasting.api.CustomFactor;
import no.planverk.forecasting.api.ForecastRequest;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.forecasting.api.InstitutionPlaces;
import no.planverk.forecasting.api.PopulationProjection;
import no.planverk.forecasting.api.Scenario;
import no.planverk.forecasting.api.ServiceResult;
import no.planverk.forecasting.api.ServiceUsers;
import no.planverk.forecasting.api.WelfareTech;
import org.junit.jupiter.api.Test;

/** Properties over seeded random inputs (jqwik is not available offline): 200 cases each, reproducible. */
class ForecastPropertiesTest {
    private static final int CASES = 200;
    private final ForecastModelImpl model = new ForecastModelImpl();

    /**
     * A random run: 1..30 years, top age 5..120 (sometimes open), services with rates rising with age. Base-year
     * ages are never empty, as an empty band would get rate 0 and break the rise.
     */
    static ForecastRequest.Builder random(Random random, int services) {
        int top = 5 + random.nextInt(116);
        int years = 1 + random.nextInt(30);
        boolean openTop = random.nextBoolean();
        Map<Integer, double[]> population = new HashMap<>();
        for (int y = 0; y <= years; y++) {
            double[] ages = new double[top + 1];
            for (int a = 0; a <= top; a++) {
                ages[a] = y > 0 && random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(1000);
            }
            population.put(2020 + y, ages);
        }
        double[] base = population.get(2020);
        List<ServiceUsers> users = new ArrayList<>();
        for (int s = 0; s < services; s++) {
            double rate = 0;
            int from = 0;
            while (from <= top) {
                int to = from + random.nextInt(15) >= top ? (openTop ? 120 : top + random.nextInt(3)) : from + random.nextInt(15);
                rate += random.nextDouble() * 0.1;
                double bandPopulation = 0;
                for (int a = from; a <= Math.min(to, top); a++) {
                    bandPopulation += base[a];
                }
                users.add(new ServiceUsers("s" + s, from, Math.min(to, 120), rate * bandPopulation));
                from = to + 1;
            }
        }
        return ForecastRequest.builder(PopulationProjection.of(population, openTop), users, 2020, 2020 + years);
    }

    @Test
    void delayedIsAtMostNormalWhenRatesRiseWithAge() {
        Random random = new Random(42);
        for (int c = 0; c < CASES; c++) {
            ForecastResult result = model.run(random(random, 2).delayPerYear(random.nextDouble() * 0.5).build());
            for (ServiceResult normal : result.services()) {
                if (normal.scenario().equals("normal")) {
                    double delayed = result.find("delayed", normal.service(), normal.year()).orElseThrow().users();
                    assertTrue(delayed <= normal.users() * (1 + 1e-12), "case " + c + ": " + delayed + " > " + normal);
                }
            }
        }
    }

    @Test
    void aDelayBetweenWholeYearsIsLinearBetweenThem() {
        Random random = new Random(5);
        for (int c = 0; c < CASES; c++) {
            long seed = random.nextLong();
            int m = random.nextInt(4);
            double f = random.nextDouble();
            // one year after the base year, d = k: compare d = m + f with the whole delays m and m + 1
            double at = delayedUsers(seed, m + f);
            double expected = (1 - f) * delayedUsers(seed, m) + f * delayedUsers(seed, m + 1);
            assertEquals(expected, at, 1e-9 * Math.max(1, Math.abs(expected)), "case " + c);
        }
    }

    /** Delayed users of the first service one year after the base year for k = d, on one seeded random input. */
    private double delayedUsers(long seed, double k) {
        ForecastResult result = model.run(random(new Random(seed), 1).delayPerYear(k).scenarios(Scenario.DELAYED).build());
        return result.find("delayed", "s0", 2021).orElseThrow().users();
    }

    @Test
    void zeroDelayIsNormal() {
        Random random = new Random(7);
        for (int c = 0; c < CASES; c++) {
            ForecastResult result = model.run(random(random, 2).delayPerYear(0).build());
            for (ServiceResult normal : result.services()) {
                if (normal.scenario().equals("normal")) {
                    assertEquals(normal.users(), result.find("delayed", normal.service(), normal.year()).orElseThrow().users(), 0.0);
                }
            }
        }
    }

    @Test
    void baseYearReproducesTheObservedUsers() {
        Random random = new Random(11);
        for (int c = 0; c < CASES; c++) {
            ForecastResult result = model.run(random(random, 2).build());
            for (ServiceResult r : result.services()) {
                if (r.year() == 2020) {
                    assertEquals(0, r.change(), 1e-6, "case " + c + ": " + r);
                }
            }
        }
    }

    @Test
    void welfareTechMovesUsersWithoutLosingAny() {
        Random random = new Random(3);
        for (int c = 0; c < CASES; c++) {
            double share = random.nextDouble();
            ForecastResult result = model.run(random(random, 2).welfareTech(new WelfareTech("s1", "s0", share))
                    .scenarios(Scenario.NORMAL, Scenario.WELFARE_TECH).build());
            for (int year = result.baseYear(); year <= result.horizon(); year++) {
                double normal0 = result.find("normal", "s0", year).orElseThrow().users();
                double normal1 = result.find("normal", "s1", year).orElseThrow().users();
                double tech0 = result.find("welfare-tech", "s0", year).orElseThrow().users();
                double tech1 = result.find("welfare-tech", "s1", year).orElseThrow().users();
                assertEquals(normal0 + normal1, tech0 + tech1, 1e-6);
                double expectedShare = result.horizon() == result.baseYear() ? 0
                        : share * (year - result.baseYear()) / (result.horizon() - result.baseYear());
                assertEquals(normal1 * (1 - expectedShare), tech1, 1e-6);
            }
        }
    }

    @Test
    void customFactorScalesItsServiceAndYearsOnly() {
        Random random = new Random(5);
        for (int c = 0; c < CASES; c++) {
            double factor = random.nextDouble() * 2;
            ForecastResult result = model.run(random(random, 2).customFactors(List.of(new CustomFactor("s0", 2021, 2022, factor)))
                    .places(new InstitutionPlaces(50, 3)).scenarios(Scenario.NORMAL, Scenario.CUSTOM).build());
            for (ServiceResult normal : result.services()) {
                if (normal.scenario().equals("normal")) {
                    boolean scaled = normal.service().equals("s0") && normal.year() >= 2021 && normal.year() <= 2022;
                    assertEquals(normal.users() * (scaled ? factor : 1),
                            result.find("custom", normal.service(), normal.year()).orElseThrow().users(), 1e-9);
                }
            }
            assertEquals(50, result.year(2020).orElseThrow().placesNeeded(), 1e-9);
        }
    }
}
