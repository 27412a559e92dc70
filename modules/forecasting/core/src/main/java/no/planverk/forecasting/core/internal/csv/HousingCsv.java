package no.planverk.forecasting.core.internal.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.HousingCapacity;

/** {@code centre,step,type,places}: the housing staircase per local centre; one row per centre, step and type. */
final class HousingCsv {
    static final List<String> COLUMNS = List.of("centre", "step", "type", "places");
    private static final double MAX_PLACES = 1e6;

    private HousingCsv() {
    }

    static List<HousingCapacity> parse(byte[] content) {
        Errors errors = new Errors();
        List<HousingCapacity> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        CsvTable.read(content, COLUMNS, errors, (line, cells) -> {
            String centre = cells.get("centre");
            if (centre.isEmpty()) {
                errors.add(line, "centre", "forecasting.csv.centre.missing", "A local centre is missing");
            }
            Integer step = Cells.integer(errors, line, "step", cells.get("step"), 1, 6);
            Double places = Cells.number(errors, line, "places", cells.get("places"), MAX_PLACES);
            if (centre.isEmpty() || step == null || places == null) {
                return;
            }
            String key = centre + "\u0000" + step + "\u0000" + cells.get("type");
            Integer previous = seen.putIfAbsent(key, line);
            if (previous != null) {
                errors.add(line, "type", "forecasting.csv.housing.twice", "{0}, step {1} ''{2}'' is also on line {3}", centre,
                        String.valueOf(step), cells.get("type"), String.valueOf(previous));
                return;
            }
            result.add(new HousingCapacity(centre, step, cells.get("type"), places));
        });
        errors.throwIfAny();
        return List.copyOf(result);
    }
}
