package no.planverk.forecasting.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.planverk.forecasting.api.CustomFactor;
import no.planverk.forecasting.api.DementiaRate;
import no.planverk.forecasting.api.ForecastRequest;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.forecasting.api.InstitutionPlaces;
import no.planverk.forecasting.api.PopulationProjection;
import no.planverk.forecasting.api.Scenario;
import no.planverk.forecasting.api.ServiceCost;
import no.planverk.forecasting.api.ServiceUsers;
import no.planverk.forecasting.api.WelfareTech;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.api.SavedRun;
import no.planverk.forecasting.core.internal.csv.ForecastCsvImpl;
import no.planverk.forecasting.core.internal.model.ForecastModelImpl;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.junit.jupiter.api.Test;

/** Run by bench/forecasting.sh (not a *Test, so the build skips it): 120 ages × 50 years × 10 services × 4 scenarios. */
class ForecastBench {
    private static final int AGES = 120;
    private static final int YEARS = 50;
    private static final int SERVICES = 10;
    private static final int WARM_UP = 300;
    private static final int RUNS = 101;

    @Test
    void run() {
        ForecastRequest request = request(new Random(1));
        ForecastModelImpl model = new ForecastModelImpl();
        int rows = 0;
        for (int i = 0; i < WARM_UP; i++) {
            rows += model.run(request).services().size();
        }
        double[] ms = new double[RUNS];
        ForecastResult result = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = model.run(request);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("| forecast run | %d ages × %d years × %d services × %d scenarios | %d results | median %.3f ms | p90 %.3f ms |%n",
                AGES, YEARS, SERVICES, request.scenarios().size(), result.services().size(), ms[RUNS / 2], ms[RUNS * 9 / 10]);
        if (rows == 0) {
            throw new AssertionError("no results");
        }
    }

    /** A saved run of the same size: what it stores, how long it takes to open and how much heap an open run holds. */
    @Test
    void savedRun() {
        ForecastRequest request = request(new Random(1));
        ForecastCsvImpl csv = new ForecastCsvImpl();
        UserContext planner = UserContext.of("bench", Role.PLANNER);
        try (ForecastingFixture fx = ForecastingFixture.inMemory()) {
            ForecastService service = fx.service();
            long pop = service.createInput(InputKind.POPULATION, "pop", null, bytes(csv.write(request.population())), planner).id();
            long users = service.createInput(InputKind.SERVICE_USERS, "users", null,
                    bytes(csv.write(InputKind.SERVICE_USERS, request.serviceUsers())), planner).id();
            long costs = service.createInput(InputKind.COSTS, "costs", null, bytes(csv.write(InputKind.COSTS, request.costs())), planner).id();
            RunSpec spec = new RunSpec(pop, users, costs, null, null, 300.0, 80, null, null, null, new WelfareTech("s1", "s0", 0.1),
                    request.customFactors(), List.of("normal", "delayed", "welfare-tech-delayed", "custom"));
            long id = service.saveRun("bench", null, spec, planner).id();
            SavedRun first = service.savedRun(id);
            long stored = first.inputs().values().stream().mapToLong(String::length).sum();
            for (int i = 0; i < 20; i++) {
                service.savedRun(id);
            }
            double[] ms = new double[21];
            for (int i = 0; i < ms.length; i++) {
                long start = System.nanoTime();
                service.savedRun(id);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            List<SavedRun> held = new ArrayList<>();
            long before = usedHeap();
            for (int i = 0; i < 20; i++) {
                held.add(service.savedRun(id));
            }
            long perRun = (usedHeap() - before) / held.size();
            System.out.printf("| forecast saved run | %d results | stores %.0f kB of CSV | opens in median %.1f ms | holds about %.1f MB of heap when open |%n",
                    first.outcome().result().services().size(), stored / 1024.0, ms[ms.length / 2], perRun / 1024.0 / 1024.0);
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static ForecastRequest request(Random random) {
        Map<Integer, double[]> population = new HashMap<>();
        for (int y = 0; y < YEARS; y++) {
            double[] ages = new double[AGES];
            for (int a = 0; a < AGES; a++) {
                ages[a] = 1 + random.nextInt(500);
            }
            population.put(2025 + y, ages);
        }
        List<ServiceUsers> users = new ArrayList<>();
        List<ServiceCost> costs = new ArrayList<>();
        for (int s = 0; s < SERVICES; s++) {
            int[] edges = {0, 67, 80, 90, AGES};
            for (int b = 0; b + 1 < edges.length; b++) {
                users.add(new ServiceUsers("s" + s, edges[b], edges[b + 1] - 1, 10 + random.nextInt(500)));
            }
            costs.add(new ServiceCost("s" + s, 0.5, 600_000.0));
        }
        return ForecastRequest.builder(PopulationProjection.of(population, true), users, 2025, 2025 + YEARS - 1)
                .costs(costs).dementia(List.of(new DementiaRate(65, 79, 0.02), new DementiaRate(80, 119, 0.15)))
                .places(new InstitutionPlaces(300)).welfareTech(new WelfareTech("s1", "s0", 0.1))
                .customFactors(List.of(new CustomFactor("s2", 2030, 2040, 1.2)))
                .scenarios(Scenario.NORMAL, Scenario.DELAYED, Scenario.WELFARE_TECH_DELAYED, Scenario.CUSTOM).build();
    }
}
