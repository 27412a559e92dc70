package no.planverk.forecasting.core.internal;

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
            errors.add(line, "age_to", "age_to " + ageTo + " is below age_from " + ageFrom);
            return null;
        }
        return new Band(line, ageFrom, ageTo);
    }

    /** Bands must not overlap; with {@code contiguous} they must also start at 0 and leave no gaps. */
    static void check(Errors errors, String what, List<Band> bands, boolean contiguous) {
        List<Band> sorted = bands.stream().sorted(Comparator.comparingInt(Band::ageFrom)).toList();
        Band previous = null;
        for (Band band : sorted) {
            int next = previous == null ? 0 : previous.ageTo() + 1;
            if (previous != null && band.ageFrom() < next) {
                errors.add(band.line(), "age_from", what + ": ages " + band.ageFrom() + "-" + Math.min(band.ageTo(), previous.ageTo())
                        + " are also in the band on line " + previous.line());
            } else if (contiguous && band.ageFrom() > next) {
                errors.add(band.line(), "age_from", what + ": no band for ages " + next + "-" + (band.ageFrom() - 1)
                        + " (bands run from age 0 without gaps)");
            }
            if (previous == null || band.ageTo() > previous.ageTo()) {
                previous = band;
            }
        }
    }
}
