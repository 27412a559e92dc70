package no.planverk.forecasting.core.internal.io;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One dimension of an SSB table, from JSON-stat or a CSV header: its id, label, role and categories (codes and labels
 * in the file's order).
 */
record SsbDimension(String id, String label, Role role, List<String> codes, List<String> labels) {

    /** What the population import does with a dimension. */
    enum Role {
        /** single ages: the projection's ages */
        AGE,
        /** years */
        TIME,
        /** summed */
        SEX,
        /** one region, chosen with {@code region=} when there are several */
        GEO,
        /** one series (the projection alternative), chosen with {@code series=} */
        METRIC,
        /** any other: one category, chosen with a parameter named by the dimension's id */
        OTHER
    }

    private static final Set<String> AGE = Set.of("alder", "age");
    private static final Set<String> TIME = Set.of("tid", "time", "year", "år", "aar");
    private static final Set<String> SEX = Set.of("kjonn", "kjønn", "sex");
    private static final Set<String> GEO = Set.of("region", "kommune", "municipality");
    private static final Set<String> METRIC = Set.of("contentscode", "statistikkvariabel", "contents", "statistic", "statistics variable");

    SsbDimension {
        codes = List.copyOf(codes);
        labels = List.copyOf(labels);
    }

    int size() {
        return codes.size();
    }

    /** The role SSB's ids and labels give (Alder, Tid, Kjonn, Region, ContentsCode or their labels), else OTHER. */
    static Role roleOf(String id, String label) {
        for (String name : new String[] {id, label}) {
            String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            if (AGE.contains(n)) {
                return Role.AGE;
            }
            if (TIME.contains(n)) {
                return Role.TIME;
            }
            if (SEX.contains(n)) {
                return Role.SEX;
            }
            if (GEO.contains(n)) {
                return Role.GEO;
            }
            if (METRIC.contains(n)) {
                return Role.METRIC;
            }
        }
        return Role.OTHER;
    }

    /** The parameter that chooses a category: region, series, or the dimension's id in lower case. */
    String parameter() {
        return switch (role) {
            case GEO -> "region";
            case METRIC -> "series";
            default -> id.toLowerCase(Locale.ROOT);
        };
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

    /** The label alone, for the source of an input ("Alver", "Hovedalternativet (MMMM)"). */
    String labelOf(int i) {
        String label = labels.get(i);
        return label == null || label.isBlank() ? codes.get(i) : label;
    }
}
