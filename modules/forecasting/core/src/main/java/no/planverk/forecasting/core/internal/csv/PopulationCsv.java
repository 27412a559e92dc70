package no.planverk.forecasting.core.internal.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import no.planverk.forecasting.api.PopulationProjection;

/** {@code year,age,population}: every year with the same ages 0..top; the top age may be open ("90+"). */
final class PopulationCsv {
    static final List<String> COLUMNS = List.of("year", "age", "population");
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2200;
    private static final double MAX_POPULATION = 1e9;

    /** The rows of one year: population and line by age, and the open top age if any. */
    private static final class YearRows {
        final TreeMap<Integer, Double> population = new TreeMap<>();
        final TreeMap<Integer, Integer> lines = new TreeMap<>();
        Integer openAge;

        int firstLine() {
            return lines.values().stream().mapToInt(Integer::intValue).min().orElse(1);
        }

        String top() {
            return population.lastKey() + (openAge != null ? "+" : "");
        }
    }

    private PopulationCsv() {
    }

    static PopulationProjection parse(byte[] content) {
        Errors errors = new Errors();
        Map<Integer, YearRows> years = new TreeMap<>();
        CsvTable.read(content, COLUMNS, errors, (line, cells) -> {
            Integer year = Cells.integer(errors, line, "year", cells.get("year"), MIN_YEAR, MAX_YEAR);
            String ageText = cells.get("age");
            boolean open = ageText.endsWith("+");
            Integer age = Cells.integer(errors, line, "age", open ? ageText.substring(0, ageText.length() - 1) : ageText,
                    0, PopulationProjection.MAX_AGE);
            Double population = Cells.number(errors, line, "population", cells.get("population"), MAX_POPULATION);
            if (year != null && age != null && population != null) {
                add(errors, years.computeIfAbsent(year, y -> new YearRows()), line, year, age, open, population);
            }
        });
        if (errors.isEmpty()) {
            check(errors, years);
        }
        errors.throwIfAny();
        SortedMap<Integer, List<Double>> result = new TreeMap<>();
        years.forEach((year, rows) -> result.put(year, List.copyOf(rows.population.values())));
        return new PopulationProjection(result, years.values().iterator().next().openAge != null);
    }

    private static void add(Errors errors, YearRows rows, int line, int year, int age, boolean open, double population) {
        Integer previous = rows.lines.putIfAbsent(age, line);
        if (previous != null) {
            errors.add(line, "age", "forecasting.csv.population.twice", "Year {0}, age {1} is also on line {2}", String.valueOf(year),
                    String.valueOf(age), String.valueOf(previous));
            return;
        }
        rows.population.put(age, population);
        if (open) {
            if (rows.openAge != null) {
                errors.add(line, "age", "forecasting.csv.population.openTwice", "Year {0} has two open ages: {1}+ and {2}+",
                        String.valueOf(year), String.valueOf(rows.openAge), String.valueOf(age));
            }
            rows.openAge = age;
        }
    }

    private static void check(Errors errors, Map<Integer, YearRows> years) {
        YearRows first = years.values().iterator().next();
        for (Map.Entry<Integer, YearRows> e : years.entrySet()) {
            YearRows rows = e.getValue();
            int top = rows.population.lastKey();
            if (rows.openAge != null && rows.openAge != top) {
                errors.add(rows.lines.get(rows.openAge), "age", "forecasting.csv.population.openTop",
                        "The open age {0}+ must be the highest age; {1} also has age {2}", String.valueOf(rows.openAge),
                        String.valueOf(e.getKey()), String.valueOf(top));
                continue;
            }
            List<Integer> missing = new ArrayList<>();
            for (int a = 0; a <= top; a++) {
                if (!rows.population.containsKey(a)) {
                    missing.add(a);
                }
            }
            if (!missing.isEmpty()) {
                errors.add(rows.firstLine(), "age", "forecasting.csv.population.lacks", "Year {0} lacks {1} age(s): {2}",
                        String.valueOf(e.getKey()), String.valueOf(missing.size()),
                        missing.subList(0, Math.min(10, missing.size())) + (missing.size() > 10 ? " ..." : ""));
            } else if (!rows.top().equals(first.top())) {
                errors.add(rows.firstLine(), "age", "forecasting.csv.population.top",
                        "Year {0} ends at age {1}, {2} at {3}; every year needs the same ages", String.valueOf(e.getKey()),
                        String.valueOf(rows.top()), String.valueOf(years.keySet().iterator().next()), String.valueOf(first.top()));
            }
        }
    }
}
