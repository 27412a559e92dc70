package no.planverk.volunteers.core.internal.persistence;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Short lists (skills, unit ids, time slots) stored in one column as "|a|b|": the outer bars let a query
 * find one entry with {@code like '%|a|%'} and keep the tables few.
 */
public final class Lists {

    private Lists() {
    }

    static String join(Collection<?> values) {
        return values == null || values.isEmpty() ? null : values.stream().map(String::valueOf).collect(Collectors.joining("|", "|", "|"));
    }

    static <T> List<T> split(String column, Function<String, T> parse) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(column.split("\\|")).filter(s -> !s.isEmpty()).map(parse).toList();
    }

    static List<String> split(String column) {
        return split(column, s -> s);
    }

    /** The pattern for {@code like} that finds one entry. */
    public static String contains(Object value) {
        return "%|" + String.valueOf(value).replace("%", "").replace("_", "") + "|%";
    }
}
