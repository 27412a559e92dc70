package no.planverk.forecasting.core.internal.staircase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.staircase.Staircase;
import no.planverk.forecasting.api.staircase.StaircaseStep;

/** The stored form: one step a line ("number;category;name"), one service a line ("step;service"). */
final class StaircaseText {

    private StaircaseText() {
    }

    static String steps(List<StaircaseStep> steps) {
        StringBuilder b = new StringBuilder();
        steps.forEach(s -> b.append(s.number()).append(';').append(s.category()).append(';').append(s.name()).append('\n'));
        return b.toString();
    }

    static String services(Map<String, Integer> services) {
        StringBuilder b = new StringBuilder();
        services.forEach((service, step) -> b.append(step).append(';').append(service).append('\n'));
        return b.toString();
    }

    static Staircase read(long version, String steps, String services) {
        List<StaircaseStep> list = new ArrayList<>();
        for (String line : steps.split("\n")) {
            if (!line.isBlank()) {
                String[] p = line.split(";", 3);
                list.add(new StaircaseStep(Integer.parseInt(p[0]), Integer.parseInt(p[1]), p[2]));
            }
        }
        Map<String, Integer> map = new LinkedHashMap<>();
        for (String line : services.split("\n")) {
            if (!line.isBlank()) {
                String[] p = line.split(";", 2);
                map.put(p[1], Integer.parseInt(p[0]));
            }
        }
        return new Staircase(version, list, map);
    }
}
