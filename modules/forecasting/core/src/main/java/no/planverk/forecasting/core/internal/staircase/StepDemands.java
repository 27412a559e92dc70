package no.planverk.forecasting.core.internal.staircase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.planverk.forecasting.api.ForecastResult;
import no.planverk.forecasting.api.ServiceResult;
import no.planverk.forecasting.api.staircase.Staircase;
import no.planverk.forecasting.api.staircase.StaircaseStep;
import no.planverk.forecasting.api.staircase.StepDemand;

/** A result's users, FTE and cost summed per scenario, year and step. */
final class StepDemands {

    private StepDemands() {
    }

    static List<StepDemand> of(ForecastResult result, Staircase staircase) {
        Map<String, TreeMap<Integer, TreeMap<Integer, Sum>>> sums = new LinkedHashMap<>();
        for (ServiceResult r : result.services()) {
            StaircaseStep step = staircase.stepOf(r.service()).orElse(null);
            int number = step == null ? 0 : step.number();
            int category = step == null ? 0 : step.category();
            sums.computeIfAbsent(r.scenario(), s -> new TreeMap<>()).computeIfAbsent(r.year(), y -> new TreeMap<>(StepDemands::bottomUp))
                    .computeIfAbsent(number, n -> new Sum(category)).add(r);
        }
        List<StepDemand> out = new ArrayList<>();
        sums.forEach((scenario, years) -> years.forEach((year, steps) -> steps.forEach((number, s) -> out.add(
                new StepDemand(scenario, year, number, s.category, s.users, s.fte, s.cost, s.services)))));
        return out;
    }

    /** Steps 1, 2 ... then 0 (no step) last. */
    private static int bottomUp(int a, int b) {
        return Integer.compare(a == 0 ? Integer.MAX_VALUE : a, b == 0 ? Integer.MAX_VALUE : b);
    }

    private static final class Sum {
        final int category;
        double users;
        Double fte;
        Double cost;
        final List<String> services = new ArrayList<>();

        Sum(int category) {
            this.category = category;
        }

        void add(ServiceResult r) {
            users += r.users();
            fte = plus(fte, r.fte());
            cost = plus(cost, r.cost());
            if (!services.contains(r.service())) {
                services.add(r.service());
            }
        }

        private static Double plus(Double sum, Double value) {
            if (value == null) {
                return sum;
            }
            return sum == null ? value : Double.valueOf(sum + value);
        }
    }
}
