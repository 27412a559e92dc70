package no.planverk.platform.tabular;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a module's table looks like: its columns (in the order a template shows them), the required ones, patterns of
 * further columns it accepts (e.g. {@code cost_<year>}), other names for columns (e.g. a Norwegian header {@code eining}
 * for {@code unit}), and whether a file without rows is an error. Column names are compared in lower case.
 */
public record TableSpec(List<String> columns, List<String> required, Predicate<String> alsoAccepted, List<String> patterns,
        Map<String, String> aliases, boolean rowsRequired) {

    public TableSpec {
        columns = List.copyOf(columns);
        required = List.copyOf(required);
        alsoAccepted = alsoAccepted == null ? name -> false : alsoAccepted;
        patterns = List.copyOf(patterns);
        aliases = Map.copyOf(aliases);
    }

    /** Exactly these columns, every one required. */
    public static TableSpec of(List<String> columns) {
        return new TableSpec(columns, columns, null, List.of(), Map.of(), true);
    }

    /** These columns, of which {@code required} must be there. */
    public static TableSpec of(List<String> columns, Collection<String> required) {
        // the order of the columns, so the errors come in a stable order
        List<String> ordered = new ArrayList<>(columns.stream().filter(required::contains).toList());
        required.stream().filter(r -> !ordered.contains(r)).sorted().forEach(ordered::add);
        return new TableSpec(columns, ordered, null, List.of(), Map.of(), true);
    }

    /** Also accepts the columns {@code accepted} matches; {@code patterns} name them in the error for an unknown column. */
    public TableSpec alsoAccepting(Predicate<String> accepted, String... patterns) {
        return new TableSpec(columns, required, accepted, List.of(patterns), aliases, rowsRequired);
    }

    /** Header names that mean one of the columns (lower case, e.g. "eining" → "unit"). */
    public TableSpec withAliases(Map<String, String> names) {
        return new TableSpec(columns, required, alsoAccepted, patterns, names, rowsRequired);
    }

    /** A file with a header and no rows is fine (the module decides what it means). */
    public TableSpec allowingNoRows() {
        return new TableSpec(columns, required, alsoAccepted, patterns, aliases, false);
    }

    /** The column a header cell names: stripped, lower case, through the aliases. */
    public String column(String headerCell) {
        String name = headerCell == null ? "" : headerCell.strip().toLowerCase(Locale.ROOT);
        return aliases.getOrDefault(name, name);
    }

    public boolean known(String column) {
        return columns.contains(column) || alsoAccepted.test(column);
    }

    /** The columns for a message: the named ones, then the patterns. */
    String listed() {
        List<String> all = new ArrayList<>(columns);
        all.addAll(patterns);
        return String.join(",", all);
    }
}
