package no.planverk.platform.core.internal.stats;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.stats.FetchedTable;
import no.planverk.platform.api.stats.StatisticsFetch;
import no.planverk.platform.api.stats.StatisticsUnavailableException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link StatisticsFetch} over the JDK's HTTP client, configured by {@code etc/no.planverk.ssb.cfg} (before, forecasting's
 * own {@code etc/no.planverk.forecasting.ssb.cfg}: rename that file; its settings are the same).
 */
@Component(service = StatisticsFetch.class, configurationPid = StatisticsFetch.PID)
@Designate(ocd = SsbConfig.class)
public class SsbStatistics implements StatisticsFetch {

    private static final Logger LOG = LoggerFactory.getLogger(SsbStatistics.class);

    record Settings(boolean enabled, String baseUrl, Duration timeout, long maxBytes) {
        static Settings of(SsbConfig c) {
            return new Settings(c.enabled(), c.baseUrl() == null ? SsbConfig.DEFAULT_BASE_URL : c.baseUrl().strip(),
                    Duration.ofSeconds(Math.max(1, c.timeoutSeconds())), Math.max(1, c.maxMegabytes()) * 1024L * 1024L);
        }
    }

    private volatile Settings settings;

    @Activate
    public SsbStatistics(SsbConfig config) {
        this(Settings.of(config));
    }

    private SsbStatistics(Settings settings) {
        this.settings = settings;
    }

    /** For tests and fixtures: on or off, from {@code baseUrl}, waiting {@code timeout}, answers up to {@code maxBytes}. */
    public static SsbStatistics of(boolean enabled, String baseUrl, Duration timeout, long maxBytes) {
        return new SsbStatistics(new Settings(enabled, baseUrl, timeout, maxBytes));
    }

    /** For tests and fixtures: on or off, from {@code baseUrl}, waiting 5 seconds, answers up to 20 MB. */
    public static SsbStatistics of(boolean enabled, String baseUrl) {
        return of(enabled, baseUrl, Duration.ofSeconds(5), 20L * 1024 * 1024);
    }

    @Modified
    void modified(SsbConfig config) {
        settings = Settings.of(config);
        LOG.info("Fetching from SSB is {}", settings.enabled() ? "on" : "off");
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public String baseUrl() {
        return settings.baseUrl();
    }

    @Override
    public URI address(String table, String selection) {
        return SsbAddress.of(settings.baseUrl(), table, selection);
    }

    @Override
    public FetchedTable fetch(String table, String selection, UserContext by) {
        by.require(Role.ADMIN);
        Settings s = settings;
        if (!s.enabled()) {
            throw new InvalidInputException(Message.of("platform.ssb.off",
                    "Fetching from SSB is switched off. An administrator can switch it on (enabled in etc/no.planverk.ssb.cfg); until then, download the file from SSB and import it"));
        }
        URI uri = SsbAddress.of(s.baseUrl(), table, selection);
        String id = table.strip();
        try {
            return new FetchedTable(id, uri, get(uri, s, id));
        } catch (IOException e) {
            LOG.warn("SSB table {} could not be fetched from {}: {}", id, uri.getHost(), e.toString());
            throw unreachable(uri, "unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(uri, "interrupted");
        }
    }

    /** GET with the configured timeouts; an answer larger than the limit is refused, not cut. */
    private static byte[] get(URI uri, Settings s, String table) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(s.timeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(s.timeout()).header("Accept", "application/json").GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, s.maxBytes() + 1));
            if (body.length > s.maxBytes()) {
                throw new StatisticsUnavailableException(Message.of("platform.ssb.tooLarge",
                        "SSB''s answer is larger than {0} MB; choose fewer regions or years in the selection",
                        String.valueOf(Math.max(1, s.maxBytes() / (1024 * 1024)))), uri, response.statusCode(), "too large");
            }
            if (response.statusCode() != 200) {
                throw status(uri, table, response.statusCode());
            }
            return body;
        }
    }

    private static StatisticsUnavailableException unreachable(URI uri, String outcome) {
        return new StatisticsUnavailableException(Message.of("platform.ssb.unreachable",
                "Could not reach SSB at {0}. The server may have no connection to the Internet: download the file from SSB and import it instead",
                uri.getScheme() + "://" + uri.getAuthority()), uri, 0, outcome);
    }

    private static StatisticsUnavailableException status(URI uri, String table, int status) {
        Message m = status == 404
                ? Message.of("platform.ssb.notFound", "SSB has no table {0}", table)
                : Message.of("platform.ssb.status", "SSB answered with status {0} for table {1}; check the table and the selection",
                        String.valueOf(status), table);
        return new StatisticsUnavailableException(m, uri, status, "refused");
    }
}
