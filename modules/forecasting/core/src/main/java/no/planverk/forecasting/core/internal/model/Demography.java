package no.planverk.forecasting.core.internal.model;

import java.util.ArrayList;
import java.util.List;
import no.planverk.forecasting.api.InstitutionPlaces;
import no.planverk.forecasting.api.YearResult;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

/** Per-year figures that do not depend on the scenario: population, dementia and institution places. */
final class Demography {

    private Demography() {
    }

    static List<YearResult> years(Inputs in) {
        InstitutionPlaces places = in.request.places();
        int coverageAge = places == null ? InstitutionPlaces.DEFAULT_COVERAGE_AGE : places.coverageAge();
        int topAge = in.population[0].length - 1;
        if (places != null && coverageAge > topAge) {
            throw InvalidInputException.field("places", Message.of("forecasting.places.coverageAge",
                    "The coverage age {0} is above the projection''s top age {1}", String.valueOf(coverageAge),
                    in.request.population().topLabel()));
        }
        double baseCoverage = from(in.population[0], coverageAge);
        if (places != null && baseCoverage == 0) {
            throw InvalidInputException.field("places", Message.of("forecasting.places.nobody",
                    "Nobody is aged {0}+ in the base year", String.valueOf(coverageAge)));
        }
        List<YearResult> result = new ArrayList<>(in.years);
        for (int y = 0; y < in.years; y++) {
            double[] population = in.population[y];
            double total = from(population, 0);
            double coverage = from(population, coverageAge);
            Double dementia = in.prevalence == null ? null : dementia(population, in.prevalence);
            Double share = dementia == null || total == 0 ? null : dementia / total;
            Double needed = places == null ? null : places.basePlaces() * coverage / baseCoverage;
            Double gap = needed == null ? null : needed - places.basePlaces();
            result.add(new YearResult(in.request.baseYear() + y, total, coverage, dementia, share, needed, gap));
        }
        return result;
    }

    private static double from(double[] population, int age) {
        double sum = 0;
        for (int a = Math.max(0, age); a < population.length; a++) {
            sum += population[a];
        }
        return sum;
    }

    private static double dementia(double[] population, double[] prevalence) {
        double sum = 0;
        for (int a = 0; a < population.length; a++) {
            sum += population[a] * prevalence[a];
        }
        return sum;
    }
}
