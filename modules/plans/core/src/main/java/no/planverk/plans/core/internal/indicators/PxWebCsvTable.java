package no.planverk.plans.core.internal.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.RowError;
import no.planverk.platform.tabular.Csv;
import no.planverk.platform.tabular.Table;
import no.planverk.platform.tabular.TableRow;
import no.planverk.platform.tabular.TableSpec;

/**
 * SSB's PxWeb CSV download: semicolon separated, quoted, maybe a title line ("12345: Title"), then a header row naming
 * the dimensions (region, statistikkvariabel, år …). Long: a year column and the value in the last column. Wide by
 * year: a column per year ("2024", or "Andel … 2024"); different texts before the year are the statistics (contents).
 */
final class PxWebCsvTable {
    private static final Pattern BY_YEAR = Pattern.compile("^(.*?)[\\s,]*(\\d{4})$");
    private static final Pattern TABLE = Pattern.compile("(\\d{5}):");
    /** SSB's title line: "12345: Title, by region" (maybe quoted), one cell even with commas in it. */
    private static final Pattern TITLE = Pattern.compile("^\"?\\d{5}:[^;]*$");
    private static final TableSpec ANY_COLUMNS = TableSpec.of(List.of(), List.of()).alsoAccepting(c -> !c.isBlank());
    private static final String CONTENTS = "contents";

    private PxWebCsvTable() {
    }

    /** A cell: its categories by dimension column, its year and value texts. */
    private record Cell(Map<String, String> categories, String year, String value) {
    }

    static StatFigures read(String content, Map<String, String> choices) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String[] lines = text.split("\n", -1);
        String title = null;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            boolean titled = TITLE.matcher(lines[i]).find();
            if (!titled && (lines[i].contains(";") || lines[i].contains(",") || lines[i].contains("\t"))) {
                break;
            }
            title = title == null ? lines[i].strip() : title;
            lines[i] = "";
        }
        Table table = Csv.read(String.join("\n", lines), ANY_COLUMNS);
        if (!table.ok()) {
            RowError e = table.errors().get(0);
            throw StatFigures.invalid(e.message());
        }
        List<String> header = table.header();
        String time = header.stream().filter(c -> StatDimension.kindOf(c, c, null) == StatDimension.Kind.TIME).findFirst().orElse(null);
        Map<String, String> yearOf = new LinkedHashMap<>();
        Map<String, String> prefixOf = new LinkedHashMap<>();
        if (time == null) {
            for (String c : header) {
                Matcher m = BY_YEAR.matcher(c);
                if (StatDimension.kindOf(c, c, null) == StatDimension.Kind.OTHER && m.matches()) {
                    yearOf.put(c, m.group(2));
                    prefixOf.put(c, m.group(1).strip());
                }
            }
            if (yearOf.isEmpty()) {
                throw StatFigures.invalid(Message.of("plans.ssb.noTime.csv", "The file has no year column (år) and no column per year"));
            }
        }
        String value = time == null ? null : header.get(header.size() - 1);
        List<String> dimensionColumns = header.stream().filter(c -> !c.equals(time) && !yearOf.containsKey(c) && !c.equals(value)).toList();
        boolean prefixed = new LinkedHashSet<>(prefixOf.values()).size() > 1;
        List<Cell> cells = new ArrayList<>();
        for (TableRow row : table.rows()) {
            Map<String, String> categories = new HashMap<>();
            dimensionColumns.forEach(d -> categories.put(d, row.cells().getOrDefault(d, "")));
            if (time != null) {
                cells.add(new Cell(categories, row.cells().getOrDefault(time, ""), row.cells().get(value)));
            } else {
                yearOf.forEach((column, year) -> {
                    Map<String, String> c = categories;
                    if (prefixed) {
                        c = new HashMap<>(categories);
                        c.put(CONTENTS, prefixOf.get(column));
                    }
                    cells.add(new Cell(c, year, row.cells().get(column)));
                });
            }
        }
        List<String> ids = new ArrayList<>(dimensionColumns);
        if (prefixed) {
            ids.add(CONTENTS);
        }
        List<StatDimension> dims = new ArrayList<>();
        for (String id : ids) {
            Set<String> seen = new LinkedHashSet<>();
            cells.forEach(c -> seen.add(c.categories().get(id)));
            List<String> codes = List.copyOf(seen);
            StatDimension.Kind kind = id.equals(CONTENTS) ? StatDimension.Kind.CONTENTS : StatDimension.kindOf(id, id, null);
            dims.add(new StatDimension(id, id, kind, codes, codes));
        }
        Map<String, Integer> picked = StatFigures.pick(dims, choices);
        Map<String, String> wanted = new HashMap<>();
        dims.forEach(d -> wanted.put(d.id(), d.codes().get(picked.get(d.id()))));
        Map<Integer, Double> byYear = StatFigures.empty();
        for (Cell c : cells) {
            if (wanted.entrySet().stream().allMatch(w -> w.getValue().equals(c.categories().get(w.getKey())))) {
                int year = StatFigures.year(c.year());
                StatFigures.put(byYear, year, StatFigures.number(c.value(), year));
            }
        }
        Matcher m = title == null ? null : TABLE.matcher(title);
        return new StatFigures(m != null && m.find() ? m.group(1) : null, new TreeMap<>(byYear));
    }
}
