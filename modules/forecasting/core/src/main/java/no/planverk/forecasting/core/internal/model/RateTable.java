package no.planverk.forecasting.core.internal.model;

import java.util.Comparator;
import java.util.List;
import no.planverk.forecasting.api.ServiceUsers;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;

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
                throw invalid("forecasting.rates.noPopulation",
                        "The service ''{0}'' has {1} users aged {2}-{3} but nobody of that age lives there in the base year",
                        service, String.valueOf(band.users()), String.valueOf(band.ageFrom()), String.valueOf(band.ageTo()));
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
                throw band.ageFrom() < next
                        ? invalid("forecasting.rates.overlap", "The service ''{0}'' has overlapping age bands at age {1}", service,
                                String.valueOf(band.ageFrom()))
                        : invalid("forecasting.rates.gap",
                                "The service ''{0}'' has no band for ages {1}-{2} (bands run from 0 without gaps)", service,
                                String.valueOf(next), String.valueOf(band.ageFrom() - 1));
            }
            if (openTop && band.ageFrom() > topAge) {
                throw invalid("forecasting.rates.splitsTop", "The service ''{0}'' splits the open top age group {1}+ at age {2}",
                        service, String.valueOf(topAge), String.valueOf(band.ageFrom()));
            }
            next = band.ageTo() + 1;
        }
        if (next <= topAge) {
            throw invalid("forecasting.rates.short", "The service ''{0}'' has no band for ages {1}-{2}", service,
                    String.valueOf(next), String.valueOf(topAge));
        }
    }

    private static InvalidInputException invalid(String key, String english, Object... args) {
        return InvalidInputException.field("serviceUsers", Message.of(key, english, args));
    }

    /** The rate at an integer age; below 0 the lowest band's, above the bands the highest band's. */
    double at(int age) {
        return byAge[Math.max(0, Math.min(age, byAge.length - 1))];
    }

    /** Model version 1: the rate at age x is that of the band with age_from <= x < age_to + 1, i.e. of floor(x). */
    double at(double x) {
        return at((int) Math.floor(x));
    }

    /**
     * Model version 2: the rate for the single-year age a (the year [a, a + 1)) delayed by d, averaged over
     * [a − d, a + 1 − d): (1 − f)·r(a − m) + f·r(a − m − 1) with m = ⌊d⌋, f = d − m.
     */
    double averaged(int age, double delay) {
        int m = (int) Math.floor(delay);
        double f = delay - m;
        return f == 0 ? at(age - m) : (1 - f) * at(age - m) + f * at(age - m - 1);
    }
}
