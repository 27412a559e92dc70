package no.planverk.forecasting.core.internal.csv;

import java.util.Comparator;
import java.util.List;

/** Checks of age bands read from a file: each band with its line. */
final class BandCsv {

    record Band(int line, int ageFrom, int ageTo) {
    }

    private BandCsv() {
    }

    /** Reads age_from and age_to; null after adding an error. */
    static Band band(Errors errors, int line, String from, String to) {
        Integer ageFrom = Cells.integer(errors, line, "age_from", from, 0, no.planverk.forecasting.api.PopulationProjection.MAX_AGE);
        Integer ageTo = Cells.integer(errors, line, "age_to", to, 0, no.planverk.forecasting.api.PopulationProjection.MAX_AGE);
        if (ageFrom == null || ageTo == null) {
            return null;
        }
        if (ageFrom > ageTo) {
            errors.add(line, "age_to", "forecasting.csv.band.order", "age_to {0} is below age_from {1}", String.valueOf(ageTo),
                    String.valueOf(ageFrom));
            return null;
        }
        return new Band(line, ageFrom, ageTo);
    }

    /**
     * Bands must not overlap; with {@code contiguous} they must also start at 0 and leave no gaps. {@code service}: the
     * service the bands are of, or null for dementia rates.
     */
    static void check(Errors errors, String service, List<Band> bands, boolean contiguous) {
        List<Band> sorted = bands.stream().sorted(Comparator.comparingInt(Band::ageFrom)).toList();
        Band previous = null;
        for (Band band : sorted) {
            int next = previous == null ? 0 : previous.ageTo() + 1;
            if (previous != null && band.ageFrom() < next) {
                Object[] args = {service == null ? "" : service, String.valueOf(band.ageFrom()),
                        String.valueOf(Math.min(band.ageTo(), previous.ageTo())), String.valueOf(previous.line())};
                if (service == null) {
                    errors.add(band.line(), "age_from", "forecasting.csv.band.overlap.dementia",
                            "Dementia rates: ages {1}-{2} are also in the band on line {3}", args);
                } else {
                    errors.add(band.line(), "age_from", "forecasting.csv.band.overlap",
                            "Service ''{0}'': ages {1}-{2} are also in the band on line {3}", args);
                }
            } else if (contiguous && band.ageFrom() > next) {
                errors.add(band.line(), "age_from", "forecasting.csv.band.gap",
                        "Service ''{0}'': no band for ages {1}-{2} (bands run from age 0 without gaps)", service,
                        String.valueOf(next), String.valueOf(band.ageFrom() - 1));
            }
            if (previous == null || band.ageTo() > previous.ageTo()) {
                previous = band;
            }
        }
    }
}
