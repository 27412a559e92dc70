package no.planverk.forecasting.api;

import java.util.List;

/**
 * Parses the model's CSV inputs: UTF-8 (a BOM is skipped), comma or semicolon, a header row.
 * A file with any error throws {@link InvalidCsvException} listing every row error; nothing is half-parsed.
 */
public interface ForecastCsv {

    /** {@code year,age,population}: ages 0..120 for every year, the last age may be open ("90+"). */
    PopulationProjection population(byte[] content);

    /** {@code service,age_from,age_to,users}: per service, bands from age 0 without gaps or overlaps. */
    List<ServiceUsers> serviceUsers(byte[] content);

    /** {@code age_from,age_to,rate}: dementia prevalence as a share 0..1; bands must not overlap. */
    List<DementiaRate> dementiaRates(byte[] content);
}
