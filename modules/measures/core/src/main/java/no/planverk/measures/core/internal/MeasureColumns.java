package no.planverk.measures.core.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The columns of measure files. Years are columns of their own, as in the goal tables:
 * {@code cost_2025} (whole kroner) and {@code funding_2025} (funded, not-funded, within-frame).
 * Lists (goals, units) are separated by '|'.
 */
final class MeasureColumns {

    static final List<String> FIXED = List.of("plan", "number", "title", "description", "goals", "goal_text", "kind", "carrier",
            "responsibility", "units", "contact", "from_year", "to_year", "ownership");
    static final List<String> REQUIRED = List.of("plan", "number", "title");
    static final Pattern YEAR_COLUMN = Pattern.compile("(cost|funding)_(\\d{4})");
    static final String LIST_SEPARATOR = "|";

    private MeasureColumns() {
    }

    static boolean known(String column) {
        return FIXED.contains(column) || YEAR_COLUMN.matcher(column).matches();
    }
}
