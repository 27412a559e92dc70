package no.planverk.forecasting.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Parses and writes the model's CSV inputs: UTF-8 (a BOM is skipped), comma or semicolon, a header row.
 * A file with any error throws {@link InvalidCsvException} listing every row error; nothing is half-parsed.
 * Writers give canonical files (comma, decimal point, header row) that parse back to the same values.
 */
@ProviderType
public interface ForecastCsv {

    /** {@code year,age,population}: ages 0..120 for every year, the last age may be open ("90+"); or an SSB file as below, without choices. */
    PopulationProjection population(byte[] content);

    /**
     * A population projection from Planverk's {@code year,age,population} CSV or from SSB's StatBank: JSON-stat 2.0 or
     * the PxWeb CSV download (long, or wide by year), recognised from the content. In SSB's files sexes are summed and
     * every other dimension with more than one category (region, the projection alternative ...) needs a choice:
     * {@code region}, {@code series} or the dimension's id → a category's code or label. The source is null for
     * Planverk's CSV. Bad content throws {@link no.planverk.platform.api.InvalidInputException}.
     */
    PopulationFile population(byte[] content, java.util.Map<String, String> choices);

    /** {@code service,age_from,age_to,users}: per service, bands from age 0 without gaps or overlaps. */
    List<ServiceUsers> serviceUsers(byte[] content);

    /** {@code age_from,age_to,rate}: dementia prevalence as a share 0..1; bands must not overlap. */
    List<DementiaRate> dementiaRates(byte[] content);

    /** {@code service,fte_per_user,cost_per_user}: either may be empty; one row per service. */
    List<ServiceCost> costs(byte[] content);

    /** {@code centre,step,type,places}: the housing staircase; one row per centre, step and type. */
    List<HousingCapacity> housing(byte[] content);

    /** Parses content of any kind, returning the kind's value (a projection or a list of records). */
    Object parse(InputKind kind, byte[] content);

    String write(PopulationProjection population);

    /** Writes a list of one kind's records ({@link ServiceUsers}, {@link DementiaRate}, ...). */
    String write(InputKind kind, List<?> rows);

    /** {@code year,service,scenario,users}: users rounded to 2 decimals. */
    String usersCsv(ForecastResult result);

    /** {@code year,scenario,service,users,change,change_percent,fte,cost_nok}. */
    String resultCsv(ForecastResult result);

    /** {@code year,population,coverage_population,dementia_persons,dementia_share,places_needed,places_gap}. */
    String yearsCsv(ForecastResult result);
}
