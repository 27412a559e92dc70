package no.planverk.forecasting.core.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.DementiaRate;
import no.planverk.forecasting.api.ForecastRequest;
import no.planverk.forecasting.api.HousingCapacity;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.InputSource;
import no.planverk.forecasting.api.InstitutionPlaces;
import no.planverk.forecasting.api.PopulationProjection;
import no.planverk.forecasting.api.RunSpec;
import no.planverk.forecasting.api.Scenario;
import no.planverk.forecasting.api.ServiceCost;
import no.planverk.forecasting.api.ServiceUsers;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** Builds a model request (internal; public for the rest and shell packages) from a spec and its inputs (stored ones, or a saved run's copies). */
public final class Requests {

    /** The inputs of a run by kind, as values, as the canonical CSV they were read from, and their SSB sources. */
    public record Parts(Map<InputKind, Object> values, Map<InputKind, String> csv, Map<InputKind, InputSource> sources) {

        public static Parts empty() {
            return new Parts(new EnumMap<>(InputKind.class), new EnumMap<>(InputKind.class), new EnumMap<>(InputKind.class));
        }

        public void put(InputKind kind, Object value, String text, InputSource source) {
            values.put(kind, value);
            csv.put(kind, text);
            if (source != null) {
                sources.put(kind, source);
            }
        }

        @SuppressWarnings("unchecked")
        <T> List<T> list(InputKind kind) {
            return (List<T>) values.getOrDefault(kind, List.of());
        }
    }

    private Requests() {
    }

    /** Parses input files by kind, e.g. from a REST body or the shell; every error of a file throws. */
    public static Parts parse(Map<InputKind, byte[]> files, no.planverk.forecasting.api.ForecastCsv csv) {
        Parts parts = Parts.empty();
        files.forEach((kind, content) -> {
            Parsed parsed = Parsed.of(kind, content, csv);
            parts.put(kind, parsed.value(), parsed.csv(), parsed.source());
        });
        return parts;
    }

    public static ForecastRequest build(RunSpec spec, Parts parts) {
        PopulationProjection population = (PopulationProjection) parts.values().get(InputKind.POPULATION);
        List<ServiceUsers> users = parts.list(InputKind.SERVICE_USERS);
        if (population == null) {
            throw InvalidInputException.field("populationId", Message.of("forecasting.run.population", "Choose a population projection"));
        }
        int baseYear = spec.baseYear() != null ? spec.baseYear() : population.years().firstKey();
        int horizon = spec.horizon() != null ? spec.horizon() : population.years().lastKey();
        ForecastRequest.Builder b = ForecastRequest.builder(population, users, baseYear, horizon)
                .costs(parts.<ServiceCost>list(InputKind.COSTS))
                .dementia(parts.<DementiaRate>list(InputKind.DEMENTIA))
                .welfareTech(spec.welfareTech())
                .customFactors(spec.customFactors())
                .scenarios(scenarios(spec.scenarios()).toArray(Scenario[]::new));
        if (spec.delayPerYear() != null) {
            b.delayPerYear(spec.delayPerYear());
        }
        if (spec.coverageAge() != null && (spec.coverageAge() < 0 || spec.coverageAge() > PopulationProjection.MAX_AGE)) {
            // refused even without places: ignoring it would run on the default 80 the caller did not ask for
            throw InvalidInputException.field("coverageAge", Message.of("forecasting.run.coverageAge",
                    "The coverage age must be from 0 to {0}", String.valueOf(PopulationProjection.MAX_AGE)));
        }
        if (spec.basePlaces() != null) {
            b.places(new InstitutionPlaces(spec.basePlaces(),
                    spec.coverageAge() != null ? spec.coverageAge() : InstitutionPlaces.DEFAULT_COVERAGE_AGE));
        }
        return b.build();
    }

    public static List<HousingCapacity> housing(Parts parts) {
        return parts.list(InputKind.HOUSING);
    }

    private static List<Scenario> scenarios(List<String> names) {
        List<Scenario> result = new ArrayList<>();
        for (String name : names) {
            Scenario s = Scenario.named(name).orElseThrow(() -> InvalidInputException.field("scenarios", Message.of(
                    "forecasting.scenario.unknown",
                    "Unknown scenario ''{0}''; choose normal, delayed, welfare-tech, welfare-tech-delayed or custom", String.valueOf(name))));
            if (!result.contains(s)) {
                result.add(s);
            }
        }
        return result;
    }
}
