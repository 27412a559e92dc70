package no.planverk.forecasting.core.internal.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.planverk.forecasting.api.PopulationProjection;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/**
 * Sums an SSB table's values by year and single age (the sexes add up) and builds the projection: every year needs
 * the ages 0..top, an open top age must be the highest, and a missing value is an error naming its year and age.
 */
final class PopulationSums {
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;
    private final Map<Integer, TreeMap<Integer, Double>> years = new TreeMap<>();
    private SsbAges.Age open;
    private int missing;
    private String firstMissingYear;
    private String firstMissingAge;

    /** Adds a value; null is a missing one (null, "..", ":" in the file). */
    void add(int year, SsbAges.Age age, Double value) {
        if (age.open()) {
            if (open != null && open.value() != age.value()) {
                throw invalid(Message.of("forecasting.ssb.age.openTwice", "The file has two open ages: {0} and {1}", open.label(),
                        age.label()));
            }
            open = age;
        }
        if (value == null) {
            if (missing++ == 0) {
                firstMissingYear = String.valueOf(year);
                firstMissingAge = age.label();
            }
            return;
        }
        if (value.isNaN() || value < 0 || value.isInfinite()) {
            throw invalid(Message.of("forecasting.ssb.value.number", "The value for {0} at age {1} is not a number 0 or more",
                    String.valueOf(year), age.label()));
        }
        years.computeIfAbsent(year, y -> new TreeMap<>()).merge(age.value(), value, Double::sum);
    }

    PopulationProjection build() {
        if (missing > 0) {
            throw invalid(Message.of("forecasting.ssb.value.missing",
                    "{0} value(s) are missing (null, .. or :), the first in {1} at age {2}", String.valueOf(missing), firstMissingYear,
                    firstMissingAge));
        }
        if (years.isEmpty()) {
            throw invalid(Message.of("forecasting.population.noYears", "The population projection has no years"));
        }
        int top = -1;
        Map<Integer, double[]> result = new TreeMap<>();
        for (Map.Entry<Integer, TreeMap<Integer, Double>> e : years.entrySet()) {
            TreeMap<Integer, Double> ages = e.getValue();
            int yearTop = ages.lastKey();
            List<Integer> lacking = new ArrayList<>();
            for (int a = 0; a <= yearTop; a++) {
                if (!ages.containsKey(a)) {
                    lacking.add(a);
                }
            }
            if (!lacking.isEmpty()) {
                throw invalid(Message.of("forecasting.ssb.age.lacks", "{0} lacks {1} age(s): {2}", String.valueOf(e.getKey()),
                        String.valueOf(lacking.size()), lacking.subList(0, Math.min(10, lacking.size())) + (lacking.size() > 10 ? " ..." : "")));
            }
            if (top >= 0 && yearTop != top) {
                throw invalid(Message.of("forecasting.ssb.age.top", "{0} ends at age {1}, the first year at {2}; every year needs the same ages",
                        String.valueOf(e.getKey()), String.valueOf(yearTop), String.valueOf(top)));
            }
            top = yearTop;
            result.put(e.getKey(), ages.values().stream().mapToDouble(Double::doubleValue).toArray());
        }
        if (open != null && open.value() != top) {
            throw invalid(Message.of("forecasting.ssb.age.openTop", "The open age {0} must be the highest; the file also has age {1}",
                    open.label(), String.valueOf(top)));
        }
        return PopulationProjection.of(result, open != null);
    }

    /** A year from a time category ("2024"); anything else is refused with the category. */
    static int year(String code) {
        String t = code == null ? "" : code.strip();
        if (t.matches("\\d{4}")) {
            int year = Integer.parseInt(t);
            if (year >= MIN_YEAR && year <= MAX_YEAR) {
                return year;
            }
        }
        throw invalid(Message.of("forecasting.ssb.year", "''{0}'' is not a year from {1} to {2}", t, String.valueOf(MIN_YEAR),
                String.valueOf(MAX_YEAR)));
    }

    static InvalidInputException invalid(Message message) {
        return InvalidInputException.field("population", message);
    }
}
