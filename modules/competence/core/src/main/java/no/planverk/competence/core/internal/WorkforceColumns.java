package no.planverk.competence.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of workforce files, and the Norwegian headers HR exports use for them (nynorsk and bokmål), so a file
 * with "Eining;År;Stilling;Stillingsprosent;Alder" reads without renaming.
 */
final class WorkforceColumns {

    static final String UNIT = "unit";
    static final String YEAR = "year";
    static final String CATEGORY = "category";
    static final String PERCENT = "percent";
    static final String COUNT = "count";
    static final String AGE = "age";
    static final String TEMPORARY = "temporary";
    static final String FURTHER_EDUCATION = "further_education";
    static final String EMPLOYEE_NO = "employee_no";
    static final String NAME = "name";
    static final String BIRTH_YEAR = "birth_year";

    static final List<String> ALL = List.of(UNIT, YEAR, CATEGORY, PERCENT, COUNT, AGE, TEMPORARY, FURTHER_EDUCATION, EMPLOYEE_NO, NAME,
            BIRTH_YEAR);
    static final List<String> REQUIRED = List.of(UNIT, YEAR, CATEGORY, PERCENT);

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("eining", UNIT), Map.entry("enhet", UNIT), Map.entry("einingskode", UNIT), Map.entry("enhetskode", UNIT),
            Map.entry("år", YEAR), Map.entry("aar", YEAR),
            Map.entry("kategori", CATEGORY), Map.entry("stilling", CATEGORY), Map.entry("yrke", CATEGORY),
            Map.entry("stillingsprosent", PERCENT), Map.entry("stillingsstorleik", PERCENT), Map.entry("stillingsstørrelse", PERCENT),
            Map.entry("prosent", PERCENT),
            Map.entry("tal", COUNT), Map.entry("antal", COUNT), Map.entry("antall", COUNT),
            Map.entry("alder", AGE), Map.entry("aldersgruppe", AGE),
            Map.entry("mellombels", TEMPORARY), Map.entry("midlertidig", TEMPORARY),
            Map.entry("vidareutdanning", FURTHER_EDUCATION), Map.entry("videreutdanning", FURTHER_EDUCATION),
            Map.entry("tilsettnummer", EMPLOYEE_NO), Map.entry("ansattnummer", EMPLOYEE_NO), Map.entry("namn", NAME),
            Map.entry("navn", NAME), Map.entry("fødselsår", BIRTH_YEAR), Map.entry("fodselsar", BIRTH_YEAR));

    private WorkforceColumns() {
    }

    /** The column a header names, or null when it is none of them. */
    static String column(String header) {
        String h = header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        if (ALL.contains(h)) {
            return h;
        }
        return ALIASES.get(h.replace('_', ' '));
    }

    /** Checks a header row and gives the column of each cell (null for a bad header, with an error). */
    static List<String> header(List<String> headers, Cells out) {
        List<String> columns = new java.util.ArrayList<>();
        for (String h : headers) {
            String c = column(h);
            if (c == null && h != null && !h.isBlank()) {
                out.error(1, h.strip(), "competence.import.column.unknown", "Unknown column ''{0}''; the columns are {1}", h.strip(),
                        String.join(",", ALL));
            } else if (c != null && columns.contains(c)) {
                out.error(1, h.strip(), "competence.import.column.twice", "The column ''{0}'' is named twice", c);
            }
            columns.add(c);
        }
        REQUIRED.stream().filter(r -> !columns.contains(r))
                .forEach(r -> out.error(1, r, "competence.import.column.missing", "The column ''{0}'' is missing", r));
        if (!columns.contains(AGE) && !columns.contains(BIRTH_YEAR)) {
            out.error(1, AGE, "competence.import.column.age", "The column ''age'' (or ''birth_year'') is missing");
        }
        return columns;
    }
}
