package no.planverk.forecasting.api.staircase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/**
 * A municipality's staircase: its steps by number, and which step each forecast service belongs to (service name,
 * as in the service users input, to step number). {@code version} is 0 until someone saves it.
 */
public record Staircase(long version, List<StaircaseStep> steps, Map<String, Integer> services) {

    public Staircase {
        List<StaircaseStep> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparingInt(StaircaseStep::number));
        Set<Integer> numbers = new HashSet<>();
        int category = 1;
        for (StaircaseStep s : sorted) {
            if (!numbers.add(s.number())) {
                throw InvalidInputException.field("steps", Message.of("forecasting.staircase.twice", "Step {0} is there twice", s.number()));
            }
            if (s.category() < category) {
                throw InvalidInputException.field("steps", Message.of("forecasting.staircase.order",
                        "Step {0}: the categories go upwards with the steps", s.number()));
            }
            category = s.category();
        }
        Map<String, Integer> byService = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : services.entrySet()) {
            String service = e.getKey() == null ? "" : e.getKey().strip();
            if (service.isEmpty() || e.getValue() == null || !numbers.contains(e.getValue())) {
                throw InvalidInputException.field("services", Message.of("forecasting.staircase.service",
                        "Service ''{0}'' needs one of the steps", service));
            }
            byService.put(service, e.getValue());
        }
        steps = List.copyOf(sorted);
        services = java.util.Collections.unmodifiableMap(byService);
    }

    /** The step a service belongs to (the name compared without case), if any. */
    public Optional<StaircaseStep> stepOf(String service) {
        String key = service.strip().toLowerCase(Locale.ROOT);
        return services.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(key)).findFirst()
                .flatMap(e -> step(e.getValue()));
    }

    public Optional<StaircaseStep> step(int number) {
        return steps.stream().filter(s -> s.number() == number).findFirst();
    }
}
