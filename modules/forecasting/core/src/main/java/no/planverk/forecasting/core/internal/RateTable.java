package no.planverk.forecasting.core.internal;

import java.util.Comparator;
import java.util.List;
import no.planverk.forecasting.api.ServiceUsers;
import no.planverk.platform.api.InvalidInputException;

/**
 * A service's coverage rate by age: r(a) = users in a's band ÷ base-year population in that band. Bands start at
 * age 0 and run without gaps to at least the top age, so the lowest band is the rate below 0 and the highest band
 * the rate above its end.
 */
final class RateTable {
    /** Rate for ages 0..(highest band's age_to). */
    private final double[] byAge;

    private RateTable(double[] byAge) {
        this.byAge = byAge;
    }

    static RateTable of(String service, List<ServiceUsers> bands, double[] basePopulation, boolean openTop) {
        List<ServiceUsers> sorted = bands.stream().sorted(Comparator.comparingInt(ServiceUsers::ageFrom)).toList();
        int topAge = basePopulation.length - 1;
        check(service, sorted, topAge, openTop);
        double[] byAge = new double[sorted.get(sorted.size() - 1).ageTo() + 1];
        for (ServiceUsers band : sorted) {
            double population = 0;
            for (int a = band.ageFrom(); a <= Math.min(band.ageTo(), topAge); a++) {
                population += basePopulation[a];
            }
            if (population == 0 && band.users() > 0) {
                throw invalid(service, "has " + band.users() + " users aged " + band.ageFrom() + "-" + band.ageTo()
                        + " but nobody of that age lives there in the base year");
            }
            double rate = population == 0 ? 0 : band.users() / population;
            java.util.Arrays.fill(byAge, band.ageFrom(), band.ageTo() + 1, rate);
        }
        return new RateTable(byAge);
    }

    private static void check(String service, List<ServiceUsers> sorted, int topAge, boolean openTop) {
        int next = 0;
        for (ServiceUsers band : sorted) {
            if (band.ageFrom() != next) {
                throw invalid(service, band.ageFrom() < next ? "has overlapping age bands at age " + band.ageFrom()
                        : "has no band for ages " + next + "-" + (band.ageFrom() - 1) + " (bands run from 0 without gaps)");
            }
            if (openTop && band.ageFrom() > topAge) {
                throw invalid(service, "splits the open top age group " + topAge + "+ at age " + band.ageFrom());
            }
            next = band.ageTo() + 1;
        }
        if (next <= topAge) {
            throw invalid(service, "has no band for ages " + next + "-" + topAge);
        }
    }

    private static InvalidInputException invalid(String service, String reason) {
        return InvalidInputException.field("serviceUsers", "The service '" + service + "' " + reason);
    }

    /** The rate at an integer age; below 0 the lowest band's, above the bands the highest band's. */
    double at(int age) {
        return byAge[Math.max(0, Math.min(age, byAge.length - 1))];
    }

    /** The rate at age x: that of the band with age_from <= x < age_to + 1, which for integer bands is floor(x). */
    double at(double x) {
        return at((int) Math.floor(x));
    }
}
