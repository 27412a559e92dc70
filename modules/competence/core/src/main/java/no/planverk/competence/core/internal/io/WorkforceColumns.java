package no.planverk.competence.core.internal.io;

import java.util.List;
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

    /** Header names that mean a column: the Norwegian ones, and the columns with spaces for underscores. */
    static Map<String, String> aliases() {
        Map<String, String> out = new java.util.HashMap<>(ALIASES);
        ALL.stream().filter(c -> c.contains("_")).forEach(c -> out.put(c.replace('_', ' '), c));
        return out;
    }
}
