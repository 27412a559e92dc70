package no.planverk.forecasting.core.internal.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.ServiceCost;

/** {@code service,fte_per_user,cost_per_user}: one row per service; an empty cell means not known. */
final class CostsCsv {
    static final List<String> COLUMNS = List.of("service", "fte_per_user", "cost_per_user");
    private static final double MAX_FTE = 100;
    private static final double MAX_COST = 1e10;

    private CostsCsv() {
    }

    static List<ServiceCost> parse(byte[] content) {
        Errors errors = new Errors();
        List<ServiceCost> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        CsvTable.read(content, COLUMNS, errors, (line, cells) -> {
            String service = cells.get("service");
            if (service.isEmpty()) {
                errors.add(line, "service", "forecasting.csv.service.missing", "A service name is missing");
                return;
            }
            Integer previous = seen.putIfAbsent(service, line);
            if (previous != null) {
                errors.add(line, "service", "forecasting.csv.service.twice", "Service ''{0}'' is also on line {1}", service,
                        String.valueOf(previous));
            }
            Double fte = optional(errors, line, "fte_per_user", cells.get("fte_per_user"), MAX_FTE);
            Double cost = optional(errors, line, "cost_per_user", cells.get("cost_per_user"), MAX_COST);
            if (previous == null && errors.isEmpty()) {
                result.add(new ServiceCost(service, fte, cost));
            }
        });
        errors.throwIfAny();
        return List.copyOf(result);
    }

    private static Double optional(Errors errors, int line, String column, String value, double max) {
        return value.isEmpty() ? null : Cells.number(errors, line, column, value, max);
    }
}
