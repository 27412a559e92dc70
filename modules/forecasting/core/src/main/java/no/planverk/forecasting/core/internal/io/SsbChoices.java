package no.planverk.forecasting.core.internal.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/**
 * Picks one category of every dimension that is not age, time or sex: the only one, or the one the caller chose with
 * {@code region=}, {@code series=} or the dimension's id. Several without a choice is refused, naming the dimension and
 * its categories, so nothing is summed across regions or alternatives by accident.
 */
final class SsbChoices {
    private static final int LISTED = 12;

    private SsbChoices() {
    }

    /** The chosen category index by dimension id (age, time and sex dimensions are not in it). */
    static Map<String, Integer> pick(List<SsbDimension> dimensions, Map<String, String> choices) {
        Map<String, String> asked = new HashMap<>();
        choices.forEach((k, v) -> {
            if (k != null && v != null && !v.isBlank()) {
                asked.put(k.strip().toLowerCase(Locale.ROOT), v.strip());
            }
        });
        Map<String, Integer> picked = new HashMap<>();
        for (SsbDimension d : dimensions) {
            if (d.role() == SsbDimension.Role.AGE || d.role() == SsbDimension.Role.TIME || d.role() == SsbDimension.Role.SEX) {
                continue;
            }
            String choice = asked.remove(d.parameter());
            if (choice == null && choices.get(d.parameter()) != null && !choices.get(d.parameter()).isBlank()) {
                choice = choices.get(d.parameter()).strip(); // e.g. the API's query parameters, looked up by name
            }
            if (choice == null && d.size() == 1) {
                picked.put(d.id(), 0);
            } else if (choice == null) {
                throw invalid(d.parameter(), Message.of("forecasting.ssb.choose",
                        "The file has {0} categories of ''{1}'': {2}. Choose one with the parameter {3}", String.valueOf(d.size()),
                        d.label(), listed(d), d.parameter()));
            } else {
                picked.put(d.id(), find(d, choice));
            }
        }
        if (!asked.isEmpty()) {
            String parameter = asked.keySet().iterator().next();
            throw invalid(parameter, Message.of("forecasting.ssb.choice.noDimension",
                    "The file has nothing to choose with {0}: its dimensions are {1}", parameter,
                    dimensions.stream().map(SsbDimension::label).collect(Collectors.joining(", "))));
        }
        return picked;
    }

    private static int find(SsbDimension d, String choice) {
        for (int i = 0; i < d.size(); i++) {
            String code = d.codes().get(i);
            if (code.equalsIgnoreCase(choice) || code.toLowerCase(Locale.ROOT).endsWith("-" + choice.toLowerCase(Locale.ROOT))
                    || d.labelOf(i).equalsIgnoreCase(choice) || d.shown(i).equalsIgnoreCase(choice)
                    || named(d.shown(i), choice)) {
                return i;
            }
        }
        throw invalid(d.parameter(), Message.of("forecasting.ssb.choice.unknown", "''{0}'' has no category ''{1}''; it has {2}",
                d.label(), choice, listed(d)));
    }

    /** A CSV cell "4631 Alver" is chosen by "4631" or by "Alver". */
    private static boolean named(String shown, String choice) {
        int space = shown.indexOf(' ');
        return space > 0 && (shown.substring(0, space).equalsIgnoreCase(choice) || shown.substring(space + 1).strip().equalsIgnoreCase(choice));
    }

    /** "4601 Bergen, 4631 Alver" (at most twelve, then how many more). */
    static String listed(SsbDimension d) {
        List<String> shown = new ArrayList<>(IntStream.range(0, Math.min(d.size(), LISTED)).mapToObj(d::shown).toList());
        if (d.size() > LISTED) {
            shown.add("… (+" + (d.size() - LISTED) + ")");
        }
        return String.join(", ", shown);
    }

    private static InvalidInputException invalid(String field, Message message) {
        return InvalidInputException.field(field, message);
    }
}
