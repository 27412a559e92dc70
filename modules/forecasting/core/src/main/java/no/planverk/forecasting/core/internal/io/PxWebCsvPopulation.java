package no.planverk.forecasting.core.internal.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planverk.forecasting.api.InputSource;
import no.planverk.forecasting.api.PopulationFile;
import no.planverk.platform.api.Message;

/**
 * A population projection from SSB's PxWeb CSV download: semicolon separated, quoted, maybe a title line, then a
 * header row naming the dimensions (region, kjønn, alder, statistikkvariabel, år …). Long: one row per year with the
 * value in the last column. Wide by year: a column per year ("2024", or "Folkemengde … 2024"), where different texts
 * before the year are the alternatives. Ages as in JSON-stat ("0 år" … "105 år eller eldre", or codes), sexes summed,
 * other columns with more than one value chosen as {@link SsbChoices} says.
 */
final class PxWebCsvPopulation {
    private static final Pattern BY_YEAR = Pattern.compile("^(.*?)[\\s,]*(\\d{4})$");
    private static final Pattern TABLE = Pattern.compile("(\\d{5}):");
    /** The id of the alternatives made of the texts before the year in a wide file's column names. */
    private static final String SERIES = "series";

    private PxWebCsvPopulation() {
    }

    /** A cell of the table: its line, the category of each dimension by id, year, age and value texts. */
    private record Cell(int line, Map<String, String> categories, String year, String age, String value) {
    }

    static PopulationFile read(String text, Map<String, String> choices) {
        CsvGrid grid = CsvGrid.read(text);
        String age = column(grid, SsbDimension.Role.AGE);
        String time = column(grid, SsbDimension.Role.TIME);
        if (age == null) {
            throw PopulationSums.invalid(Message.of("forecasting.ssb.noAge", "The file has no age dimension (Alder); the forecast needs the population by age"));
        }
        Map<String, String> byYear = new LinkedHashMap<>(); // value column → year
        Map<String, String> prefixes = new LinkedHashMap<>(); // value column → text before the year
        String longValue = null;
        if (time == null) {
            for (String c : grid.header()) {
                Matcher m = BY_YEAR.matcher(c);
                if (SsbDimension.roleOf(c, c) == SsbDimension.Role.OTHER && m.matches()) {
                    byYear.put(c, m.group(2));
                    prefixes.put(c, m.group(1).strip());
                }
            }
            if (byYear.isEmpty()) {
                throw PopulationSums.invalid(Message.of("forecasting.ssb.noTime.csv", "The file has no year column (år) and no column per year"));
            }
        } else {
            longValue = grid.header().get(grid.header().size() - 1);
            if (SsbDimension.roleOf(longValue, longValue) != SsbDimension.Role.OTHER) {
                throw PopulationSums.invalid(Message.of("forecasting.ssb.csv.noValue",
                        "The last column ''{0}'' must hold the values, not a dimension", longValue));
            }
        }
        String value = longValue;
        List<String> dimensionColumns = grid.header().stream()
                .filter(c -> !c.equals(age) && !c.equals(time) && !byYear.containsKey(c) && !c.equals(value)).toList();
        List<Cell> cells = cells(grid, age, time, longValue, byYear, prefixes, dimensionColumns);
        List<SsbDimension> dims = dimensions(cells, dimensionColumns, prefixes);
        Map<String, Integer> picked = SsbChoices.pick(dims, choices);
        Map<String, String> wanted = new HashMap<>();
        for (SsbDimension d : dims) {
            if (picked.containsKey(d.id())) {
                wanted.put(d.id(), d.codes().get(picked.get(d.id())));
            }
        }
        SsbDimension ageDim = categories(cells, age, age, c -> c.age());
        SsbAges.Age[] ages = SsbAges.of(ageDim);
        Map<String, SsbAges.Age> ageOf = new HashMap<>();
        for (int i = 0; i < ages.length; i++) {
            ageOf.put(ageDim.codes().get(i), ages[i]);
        }
        PopulationSums sums = new PopulationSums();
        Map<String, Integer> seen = new HashMap<>();
        for (Cell c : cells) {
            if (!wanted.entrySet().stream().allMatch(w -> w.getValue().equals(c.categories().get(w.getKey())))) {
                continue;
            }
            int year = PopulationSums.year(c.year());
            SsbAges.Age a = ageOf.get(c.age());
            Integer before = seen.put(year + "|" + a.value() + "|" + c.categories(), c.line());
            if (before != null) {
                throw PopulationSums.invalid(Message.of("forecasting.ssb.csv.twice", "Line {0} has {1}, age {2} again (also on line {3})",
                        String.valueOf(c.line()), String.valueOf(year), a.label(), String.valueOf(before)));
            }
            sums.add(year, a, SsbValues.number(c.value()));
        }
        return new PopulationFile(sums.build(), source(grid, longValue, prefixes, dims, picked));
    }

    private static String column(CsvGrid grid, SsbDimension.Role role) {
        return grid.header().stream().filter(c -> SsbDimension.roleOf(c, c) == role).findFirst().orElse(null);
    }

    private static List<Cell> cells(CsvGrid grid, String age, String time, String longValue, Map<String, String> byYear,
            Map<String, String> prefixes, List<String> dimensionColumns) {
        List<Cell> cells = new ArrayList<>();
        boolean series = prefixes.values().stream().distinct().count() > 1;
        for (CsvGrid.Row row : grid.rows()) {
            Map<String, String> categories = new HashMap<>();
            for (String d : dimensionColumns) {
                categories.put(d, row.cells().getOrDefault(d, ""));
            }
            String ageText = row.cells().getOrDefault(age, "");
            if (time != null) {
                cells.add(new Cell(row.line(), categories, row.cells().getOrDefault(time, ""), ageText, row.cells().get(longValue)));
                continue;
            }
            for (Map.Entry<String, String> e : byYear.entrySet()) {
                Map<String, String> withSeries = categories;
                if (series) {
                    withSeries = new HashMap<>(categories);
                    withSeries.put(SERIES, prefixes.get(e.getKey()));
                }
                cells.add(new Cell(row.line(), withSeries, e.getValue(), ageText, row.cells().get(e.getKey())));
            }
        }
        return cells;
    }

    private static List<SsbDimension> dimensions(List<Cell> cells, List<String> columns, Map<String, String> prefixes) {
        List<SsbDimension> dims = new ArrayList<>();
        for (String c : columns) {
            dims.add(categories(cells, c, c, cell -> cell.categories().get(c)));
        }
        if (prefixes.values().stream().distinct().count() > 1) {
            List<String> codes = prefixes.values().stream().distinct().toList();
            dims.add(new SsbDimension(SERIES, SERIES, SsbDimension.Role.METRIC, codes, codes));
        }
        return dims;
    }

    /** A dimension of a column: its distinct cells in the order they come. */
    private static SsbDimension categories(List<Cell> cells, String id, String label, java.util.function.Function<Cell, String> cell) {
        LinkedHashMap<String, Boolean> codes = new LinkedHashMap<>();
        cells.forEach(c -> codes.put(cell.apply(c), true));
        List<String> list = List.copyOf(codes.keySet());
        return new SsbDimension(id, label, SsbDimension.roleOf(id, label), list, list);
    }

    private static InputSource source(CsvGrid grid, String longValue, Map<String, String> prefixes, List<SsbDimension> dims,
            Map<String, Integer> picked) {
        String title = grid.title() != null ? grid.title() : longValue;
        String table = null;
        for (String t : new String[] {grid.title(), longValue}) {
            Matcher m = t == null ? null : TABLE.matcher(t);
            if (table == null && m != null && m.find()) {
                table = m.group(1);
            }
        }
        String series = JsonStatPopulation.chosen(dims, picked, SsbDimension.Role.METRIC);
        if (series == null && prefixes.values().stream().distinct().count() == 1 && !prefixes.values().iterator().next().isEmpty()) {
            series = prefixes.values().iterator().next();
        }
        return new InputSource(InputSource.PXWEB_CSV, table, title, JsonStatPopulation.chosen(dims, picked, SsbDimension.Role.GEO), series,
                null);
    }
}
