package no.planverk.forecasting.api;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/**
 * Population by year and single year of age: {@code years.get(year).get(age)}. Every year has the ages
 * 0..{@link #topAge()}; with {@code openTop} the top age stands for that age and older ("90+").
 */
public record PopulationProjection(SortedMap<Integer, List<Double>> years, boolean openTop) {

    public static final int MAX_AGE = 120;

    public PopulationProjection {
        if (years == null || years.isEmpty()) {
            throw InvalidInputException.field("population", Message.of("forecasting.population.noYears",
                    "The population projection has no years"));
        }
        TreeMap<Integer, List<Double>> copy = new TreeMap<>();
        int size = years.values().iterator().next().size();
        for (Map.Entry<Integer, List<Double>> e : years.entrySet()) {
            List<Double> ages = List.copyOf(e.getValue());
            if (ages.size() != size || size == 0 || size > MAX_AGE + 1) {
                throw InvalidInputException.field("population", Message.of("forecasting.population.ages",
                        "Every year needs the same ages from 0 (at most {0}); {1} has {2}", String.valueOf(MAX_AGE),
                        String.valueOf(e.getKey()), String.valueOf(ages.size())));
            }
            for (double p : ages) {
                if (!(p >= 0) || Double.isInfinite(p)) {
                    throw InvalidInputException.field("population", Message.of("forecasting.population.negative",
                            "Population must be a number 0 or more in {0}", String.valueOf(e.getKey())));
                }
            }
            copy.put(e.getKey(), ages);
        }
        years = Collections.unmodifiableSortedMap(copy);
    }

    /** A closed projection (the top age is a single age) from arrays indexed by age. */
    public static PopulationProjection of(Map<Integer, double[]> byYear) {
        return of(byYear, false);
    }

    public static PopulationProjection of(Map<Integer, double[]> byYear, boolean openTop) {
        SortedMap<Integer, List<Double>> years = new TreeMap<>();
        byYear.forEach((year, ages) -> years.put(year, java.util.Arrays.stream(ages).boxed().toList()));
        return new PopulationProjection(years, openTop);
    }

    public int topAge() {
        return years.get(years.firstKey()).size() - 1;
    }

    public boolean has(int year) {
        return years.containsKey(year);
    }

    public double population(int year, int age) {
        return years.get(year).get(age);
    }

    /** Everyone aged {@code fromAge} or older in the year. */
    public double from(int year, int fromAge) {
        double sum = 0;
        List<Double> ages = years.get(year);
        for (int a = Math.max(0, fromAge); a < ages.size(); a++) {
            sum += ages.get(a);
        }
        return sum;
    }

    public double total(int year) {
        return from(year, 0);
    }

    /** The top age as written in a file: "90+" when open. */
    public String topLabel() {
        return topAge() + (openTop ? "+" : "");
    }
}
