package no.planverk.plans.api;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where an indicator's actual values come from: an SSB StatBank table (KOSTRA's too), the contents code
 * (ContentsCode, the statistic), the region (a municipality number, "4631") and the category fixed for any other
 * dimension of the table, by dimension id ("Kjonn" → "0"). Blank parts are null; an import chooses by them.
 */
public record IndicatorSource(String table, String contents, String region, Map<String, String> categories) {

    public static final int MAX_CODE = 60;
    public static final int MAX_CATEGORIES = 400;

    public IndicatorSource {
        table = Texts.trim(table);
        contents = Texts.trim(contents);
        region = Texts.trim(region);
        categories = categories == null ? Map.of() : new TreeMap<>(categories.entrySet().stream()
                .filter(e -> Texts.trim(e.getKey()) != null && Texts.trim(e.getValue()) != null)
                .collect(Collectors.toMap(e -> e.getKey().strip(), e -> e.getValue().strip(), (a, b) -> b)));
        categories = java.util.Collections.unmodifiableMap(categories);
    }

    /** True when nothing is named. */
    public boolean isEmpty() {
        return table == null && contents == null && region == null && categories.isEmpty();
    }

    /** The categories as stored: "Kjonn=0;Alder=080+" (ids sorted). */
    public String categoriesText() {
        return categories.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    /** The categories from their stored text. */
    public static Map<String, String> categoriesOf(String text) {
        Map<String, String> result = new TreeMap<>();
        if (text != null) {
            for (String item : text.split(";")) {
                int eq = item.indexOf('=');
                if (eq > 0) {
                    result.put(item.substring(0, eq).strip(), item.substring(eq + 1).strip());
                }
            }
        }
        return result;
    }

    /** How a person reads it: "SSB 12345 · KOSTRA-kode · 4631 · Kjonn=0". */
    public String shown() {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {table == null ? null : "SSB " + table, contents, region, categories.isEmpty() ? null : categoriesText()}) {
            if (part != null) {
                b.append(b.isEmpty() ? "" : " · ").append(part);
            }
        }
        return b.toString();
    }
}
