package no.planverk.forecasting.core.internal.ssb;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.SsbFetchService;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a table from SSB's PxWebApi v2 as JSON-stat 2.0 and stores it through {@link ForecastService#createInput}, the
 * reader of the file upload. Off by default; administrators only; every attempt is audited as {@value #TYPE} with the
 * table id, the address and the outcome (never a person's data: the tables are statistics).
 */
@Component(service = SsbFetchService.class, configurationPid = SsbConfig.PID)
@Designate(ocd = SsbConfig.class)
public class SsbFetch implements SsbFetchService {

    static final String TYPE = "SSB table";
    private static final Logger LOG = LoggerFactory.getLogger(SsbFetch.class);

    /** What the audit trail keeps of a fetch: the address, the HTTP status (0 when none came), bytes read, the outcome and the input made. */
    record Fetched(String url, int status, long bytes, String outcome, Long inputId) {
    }

    private final ForecastService forecasts;
    private final AuditLog audit;
    private volatile Settings settings;

    record Settings(boolean enabled, String baseUrl, Duration timeout, long maxBytes) {
        static Settings of(SsbConfig c) {
            return new Settings(c.enabled(), c.baseUrl() == null ? SsbConfig.DEFAULT_BASE_URL : c.baseUrl().strip(),
                    Duration.ofSeconds(Math.max(1, c.timeoutSeconds())), Math.max(1, c.maxMegabytes()) * 1024L * 1024L);
        }
    }

    @Activate
    public SsbFetch(@Reference ForecastService forecasts, @Reference AuditLog audit, SsbConfig config) {
        this(forecasts, audit, Settings.of(config));
    }

    /** For tests and fixtures: on or off, from {@code baseUrl}, waiting 30 seconds, answers up to 20 MB. */
    public static SsbFetch of(ForecastService forecasts, AuditLog audit, boolean enabled, String baseUrl) {
        return new SsbFetch(forecasts, audit, new Settings(enabled, baseUrl, Duration.ofSeconds(30), 20L * 1024 * 1024));
    }

    SsbFetch(ForecastService forecasts, AuditLog audit, Settings settings) {
        this.forecasts = forecasts;
        this.audit = audit;
        this.settings = settings;
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
    public InputInfo fetchPopulation(String table, String selection, String name, String description, Map<String, String> choices,
            UserContext by) {
        by.require(Role.ADMIN);
        Settings s = settings;
        if (!s.enabled()) {
            throw new InvalidInputException(Message.of("forecasting.ssb.off",
                    "Fetching from SSB is switched off. An administrator can switch it on (enabled in etc/no.planverk.forecasting.ssb.cfg); until then, download the file from SSB and upload it"));
        }
        URI uri = SsbAddress.of(s.baseUrl(), table, selection);
        String id = table.strip();
        Answer answer;
        try {
            answer = get(uri, s);
        } catch (IOException e) {
            record(by, id, new Fetched(uri.toString(), 0, 0, "unreachable: " + e.getClass().getSimpleName(), null));
            LOG.warn("SSB table {} could not be fetched from {}: {}", id, uri.getHost(), e.toString());
            throw SsbFetchFailed.unreachable(uri);
        } catch (SsbFetchFailed e) {
            record(by, id, new Fetched(uri.toString(), 0, 0, "too large", null));
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            record(by, id, new Fetched(uri.toString(), 0, 0, "interrupted", null));
            throw SsbFetchFailed.unreachable(uri);
        }
        if (answer.status() != 200) {
            record(by, id, new Fetched(uri.toString(), answer.status(), answer.body().length, "refused", null));
            throw SsbFetchFailed.status(id, answer.status());
        }
        try {
            InputInfo info = forecasts.createInput(InputKind.POPULATION, name, description, answer.body(), choices, by);
            record(by, id, new Fetched(uri.toString(), 200, answer.body().length, "stored", info.id()));
            return info;
        } catch (PlanverkException e) {
            record(by, id, new Fetched(uri.toString(), 200, answer.body().length, "not stored: " + e.getClass().getSimpleName(), null));
            throw e;
        }
    }

    private void record(UserContext by, String table, Fetched f) {
        audit.record(by, "fetch", TYPE, table, null, f);
    }

    record Answer(int status, byte[] body) {
    }

    /** GET with the configured timeouts; an answer larger than the limit is refused, not cut. */
    static Answer get(URI uri, Settings s) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(s.timeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(s.timeout()).header("Accept", "application/json").GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, s.maxBytes() + 1));
            if (body.length > s.maxBytes()) {
                throw SsbFetchFailed.tooLarge(s.maxBytes() / (1024 * 1024));
            }
            return new Answer(response.statusCode(), body);
        }
    }
}
