package no.planverk.platform.api.stats;

import java.net.URI;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Fetches a table from SSB's PxWebApi v2 as JSON-stat 2.0: {@code <baseUrl>/<table>/data?lang=no&outputFormat=json-stat2}
 * and the selection's parameters, each encoded, so neither the table id nor the selection can reach another host or path.
 * Off until an administrator sets {@code enabled = true} in {@code etc/no.planverk.ssb.cfg}; only administrators fetch. The caller audits the attempt
 * (with {@link FetchedTable#address()} or {@link StatisticsUnavailableException#address()}) and reads the bytes.
 */
@ProviderType
public interface StatisticsFetch {

    /** The configuration PID. */
    String PID = "no.planverk.ssb";

    /** True when an administrator has switched fetching on. */
    boolean enabled();

    /** The configured base URL of the tables, e.g. {@code https://data.ssb.no/api/pxwebapi/v2/tables}. */
    String baseUrl();

    /**
     * The address a fetch of {@code table} narrowed by {@code selection} asks (PxWebApi v2 query parameters such as
     * {@code valueCodes[Region]=4631&valueCodes[Tid]=*}; blank for SSB's default selection).
     *
     * @throws no.planverk.platform.api.InvalidInputException when the table id, the selection or the base URL is bad
     */
    URI address(String table, String selection);

    /**
     * GETs the table, waiting the configured seconds; an answer larger than the configured limit is refused, not cut.
     *
     * @throws no.planverk.platform.api.AccessDeniedException for anyone but an administrator
     * @throws no.planverk.platform.api.InvalidInputException when fetching is off or the table id or selection is bad
     * @throws StatisticsUnavailableException when SSB cannot be reached, answers with an error or too much
     */
    FetchedTable fetch(String table, String selection, UserContext by);
}
