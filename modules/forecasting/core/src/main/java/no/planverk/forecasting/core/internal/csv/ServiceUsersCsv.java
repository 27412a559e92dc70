package no.planverk.forecasting.core.internal.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.forecasting.api.ServiceUsers;

/** {@code service,age_from,age_to,users}: per service, age bands from 0 without gaps or overlaps. */
final class ServiceUsersCsv {
    static final List<String> COLUMNS = List.of("service", "age_from", "age_to", "users");
    private static final double MAX_USERS = 1e9;

    private ServiceUsersCsv() {
    }

    static List<ServiceUsers> parse(byte[] content) {
        Errors errors = new Errors();
        List<ServiceUsers> result = new ArrayList<>();
        Map<String, List<BandCsv.Band>> bands = new LinkedHashMap<>();
        CsvTable.read(content, COLUMNS, errors, (line, cells) -> {
            String service = cells.get("service");
            if (service.isEmpty()) {
                errors.add(line, "service", "forecasting.csv.service.missing", "A service name is missing");
            }
            BandCsv.Band band = BandCsv.band(errors, line, cells.get("age_from"), cells.get("age_to"));
            Double users = Cells.number(errors, line, "users", cells.get("users"), MAX_USERS);
            if (!service.isEmpty() && band != null && users != null) {
                bands.computeIfAbsent(service, s -> new ArrayList<>()).add(band);
                result.add(new ServiceUsers(service, band.ageFrom(), band.ageTo(), users));
            }
        });
        if (errors.isEmpty()) {
            bands.forEach((service, list) -> BandCsv.check(errors, service, list, true));
        }
        errors.throwIfAny();
        return List.copyOf(result);
    }
}
