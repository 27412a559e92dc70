package no.planverk.forecasting.core.internal.csv;

import java.util.ArrayList;
import java.util.List;
import no.planverk.forecasting.api.DementiaRate;

/** {@code age_from,age_to,rate}: prevalence as a share 0..1; bands must not overlap, ages in none have none. */
final class DementiaCsv {
    static final List<String> COLUMNS = List.of("age_from", "age_to", "rate");

    private DementiaCsv() {
    }

    static List<DementiaRate> parse(byte[] content) {
        Errors errors = new Errors();
        List<DementiaRate> result = new ArrayList<>();
        List<BandCsv.Band> bands = new ArrayList<>();
        CsvTable.read(content, COLUMNS, errors, (line, cells) -> {
            BandCsv.Band band = BandCsv.band(errors, line, cells.get("age_from"), cells.get("age_to"));
            Double rate = Cells.number(errors, line, "rate", cells.get("rate"), 1);
            if (band != null && rate != null) {
                bands.add(band);
                result.add(new DementiaRate(band.ageFrom(), band.ageTo(), rate));
            }
        });
        if (errors.isEmpty()) {
            BandCsv.check(errors, null, bands, false);
        }
        errors.throwIfAny();
        return List.copyOf(result);
    }
}
