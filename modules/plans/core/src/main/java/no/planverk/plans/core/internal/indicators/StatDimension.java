package no.planverk.plans.core.internal.indicators;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One dimension of an SSB table, from JSON-stat or a CSV header: its id, label, kind and categories (codes and labels
 * in the file's order). Forecasting reads population tables with its own, age-aware copy; this one knows only years,
 * regions and contents, which is all an indicator needs (modules share no internals).
 */
record StatDimension(String id, String label, Kind kind, List<String> codes, List<String> labels) {

    enum Kind {
        /** the years of the values */
        TIME,
        /** one region, chosen with {@code region=} */
        REGION,
        /** one statistic (ContentsCode), chosen with {@code contents=} */
        CONTENTS,
        /** any other: one category, chosen with a parameter named by the dimension's id */
        OTHER
    }

    private static final Set<String> TIME = Set.of("tid", "time", "year", "år", "aar");
    private static final Set<String> REGION = Set.of("region", "kommune", "municipality", "kokkommuneregion0000");
    private static final Set<String> CONTENTS = Set.of("contentscode", "statistikkvariabel", "contents", "statistic",
            "statistics variable");

    StatDimension {
        codes = List.copyOf(codes);
        labels = List.copyOf(labels);
    }

    int size() {
        return codes.size();
    }

    /** The kind SSB's ids and labels (or JSON-stat's role) give, else OTHER. */
    static Kind kindOf(String id, String label, String role) {
        if ("time".equals(role)) {
            return Kind.TIME;
        }
        if ("geo".equals(role)) {
            return Kind.REGION;
        }
        if ("metric".equals(role)) {
            return Kind.CONTENTS;
        }
        for (String name : new String[] {id, label}) {
            String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            if (TIME.contains(n)) {
                return Kind.TIME;
            }
            if (REGION.contains(n) || n.startsWith("kokkommuneregion")) {
                return Kind.REGION;
            }
            if (CONTENTS.contains(n)) {
                return Kind.CONTENTS;
            }
        }
        return Kind.OTHER;
    }

    /** The parameter that chooses a category: region, contents, or the dimension's id. */
    String parameter() {
        return switch (kind) {
            case REGION -> "region";
            case CONTENTS -> "contents";
            default -> id;
        };
    }

    /**
     * The category a choice names: its code, its label, or a label starting with the code and a space ("4631 Alver"
     * chosen by 4631 in a CSV that has only labels); -1 when none.
     */
    int find(String choice) {
        String c = choice.strip();
        for (int i = 0; i < codes.size(); i++) {
            String label = labels.get(i) == null ? "" : labels.get(i);
            if (codes.get(i).equalsIgnoreCase(c) || label.equalsIgnoreCase(c) || label.startsWith(c + " ")) {
                return i;
            }
        }
        return -1;
    }

    /** A category as a person reads it: "4631 Alver", or the label alone when it starts with the code or is it. */
    String shown(int i) {
        String code = codes.get(i);
        String label = labels.get(i);
        if (label == null || label.isBlank() || label.equals(code)) {
            return code;
        }
        return label.startsWith(code) ? label : code + " " + label;
    }
}
