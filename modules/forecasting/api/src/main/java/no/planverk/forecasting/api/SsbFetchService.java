package no.planverk.forecasting.api;

import java.util.Map;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Fetching a population projection straight from SSB's StatBank API (PxWebApi v2, JSON-stat 2.0) where the server can
 * reach it. Off until an administrator switches it on ({@code enabled} in {@code etc/no.planverk.ssb.cfg},
 * with the API's {@code baseUrl}); only administrators fetch, and every fetch is audited, also one that fails. The
 * answer is read exactly as an uploaded file; offline servers use the upload.
 */
@ProviderType
public interface SsbFetchService {

    /** True when an administrator has switched fetching on. */
    boolean enabled();

    /** The configured base URL of the tables, e.g. {@code https://data.ssb.no/api/pxwebapi/v2/tables}. */
    String baseUrl();

    /**
     * Fetches {@code table} (its id, e.g. 14288) as JSON-stat 2.0, narrowed by {@code selection} (PxWebApi v2 query
     * parameters such as {@code valueCodes[Region]=4631&valueCodes[Alder]=*}; blank for SSB's default selection), and
     * stores it as a population input with {@code choices} as for an upload ({@link ForecastService#createInput}).
     *
     * @throws no.planverk.platform.api.AccessDeniedException for anyone but an administrator
     * @throws no.planverk.platform.api.InvalidInputException when fetching is off, the table id or selection is bad, SSB
     *         cannot be reached or answers with an error, or the file is refused as an upload would be
     */
    InputInfo fetchPopulation(String table, String selection, String name, String description, Map<String, String> choices,
            UserContext by);
}
