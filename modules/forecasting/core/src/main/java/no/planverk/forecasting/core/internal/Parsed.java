package no.planverk.forecasting.core.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.planverk.forecasting.api.DementiaRate;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.HousingCapacity;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.InputSource;
import no.planverk.forecasting.api.PopulationFile;
import no.planverk.forecasting.api.PopulationProjection;
import no.planverk.forecasting.api.ServiceCost;
import no.planverk.forecasting.api.ServiceUsers;

/**
 * An input file parsed: its value, canonical CSV, data rows, a short language-neutral summary and, for a population
 * from SSB, its source.
 */
public record Parsed(InputKind kind, Object value, String csv, int rows, String summary, InputSource source) {

    static Parsed of(InputKind kind, byte[] content, ForecastCsv csv) {
        return of(kind, content, csv, Map.of());
    }

    /** With choices for a population from SSB (region, series ...). */
    static Parsed of(InputKind kind, byte[] content, ForecastCsv csv, Map<String, String> choices) {
        if (kind == InputKind.POPULATION) {
            PopulationFile file = csv.population(content, choices);
            PopulationProjection p = file.population();
            return new Parsed(kind, p, csv.write(p), p.years().size() * (p.topAge() + 1), summary(p), file.source());
        }
        List<?> rows = (List<?>) csv.parse(kind, content);
        return new Parsed(kind, rows, csv.write(kind, rows), rows.size(), summary(kind, rows), null);
    }

    /** A stored input's text and kind: the same text always parses to the same value. */
    private record Stored(InputKind kind, String content) {
    }

    /** The most recently parsed stored inputs (a forecast run parsed its population file again on every run). */
    private static final Map<Stored, Object> RECENT = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Stored, Object> eldest) {
                    return size() > 32;
                }
            });

    /** Parses a stored canonical CSV again, or takes the value of the same text parsed lately (values are not changed). */
    public static Object value(InputKind kind, String content, ForecastCsv csv) {
        Stored key = new Stored(kind, content);
        Object value = RECENT.get(key);
        if (value == null) {
            value = csv.parse(kind, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            RECENT.put(key, value);
        }
        return value;
    }

    private static String summary(PopulationProjection p) {
        int first = p.years().firstKey();
        return first + "–" + p.years().lastKey() + " · 0–" + p.topLabel() + " · " + Math.round(p.total(first));
    }

    private static String summary(InputKind kind, List<?> rows) {
        String s = switch (kind) {
            case SERVICE_USERS -> names(rows.stream().map(r -> ((ServiceUsers) r).service()).toList());
            case COSTS -> names(rows.stream().map(r -> ((ServiceCost) r).service()).toList());
            case DEMENTIA -> rows.stream().map(r -> (DementiaRate) r)
                    .map(d -> d.ageFrom() + "–" + d.ageTo()).collect(Collectors.joining(", "));
            case HOUSING -> names(rows.stream().map(r -> ((HousingCapacity) r).centre()).toList()) + " · "
                    + Math.round(rows.stream().mapToDouble(r -> ((HousingCapacity) r).places()).sum());
            case POPULATION -> "";
        };
        return s.length() > 200 ? s.substring(0, 199) + "…" : s;
    }

    private static String names(List<String> names) {
        return String.join(", ", new LinkedHashSet<>(names));
    }
}
