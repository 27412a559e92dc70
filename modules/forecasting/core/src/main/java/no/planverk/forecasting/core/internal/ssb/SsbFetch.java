package no.planverk.forecasting.core.internal.ssb;

import java.util.Map;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.InputInfo;
import no.planverk.forecasting.api.InputKind;
import no.planverk.forecasting.api.SsbFetchService;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.stats.FetchedTable;
import no.planverk.platform.api.stats.StatisticsFetch;
import no.planverk.platform.api.stats.StatisticsUnavailableException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Fetches a table through the platform's {@link StatisticsFetch} (setting {@code etc/no.planverk.ssb.cfg}) and stores it
 * through {@link ForecastService#createInput}, the reader of the file upload. Administrators only; every attempt is
 * audited as {@value #TYPE} with the table id, the address and the outcome (never a person's data: the tables are statistics).
 */
@Component(service = SsbFetchService.class)
public class SsbFetch implements SsbFetchService {

    static final String TYPE = "SSB table";

    /** What the audit trail keeps of a fetch: the address, the HTTP status (0 when none came), bytes read, the outcome and the input made. */
    record Fetched(String url, int status, long bytes, String outcome, Long inputId) {
    }

    private final ForecastService forecasts;
    private final AuditLog audit;
    private final StatisticsFetch statistics;

    @Activate
    public SsbFetch(@Reference ForecastService forecasts, @Reference AuditLog audit, @Reference StatisticsFetch statistics) {
        this.forecasts = forecasts;
        this.audit = audit;
        this.statistics = statistics;
    }

    @Override
    public boolean enabled() {
        return statistics.enabled();
    }

    @Override
    public String baseUrl() {
        return statistics.baseUrl();
    }

    @Override
    public InputInfo fetchPopulation(String table, String selection, String name, String description, Map<String, String> choices,
            UserContext by) {
        by.require(Role.ADMIN);
        FetchedTable answer;
        try {
            answer = statistics.fetch(table, selection, by);
        } catch (StatisticsUnavailableException e) {
            record(by, table.strip(), new Fetched(e.address().toString(), e.status(), 0, e.outcome(), null));
            throw SsbFetchFailed.of(e);
        }
        String url = answer.address().toString();
        try {
            InputInfo info = forecasts.createInput(InputKind.POPULATION, name, description, answer.body(), choices, by);
            record(by, answer.table(), new Fetched(url, 200, answer.body().length, "stored", info.id()));
            return info;
        } catch (PlanverkException e) {
            record(by, answer.table(), new Fetched(url, 200, answer.body().length, "not stored: " + e.getClass().getSimpleName(), null));
            throw e;
        }
    }

    private void record(UserContext by, String table, Fetched f) {
        audit.record(by, "fetch", TYPE, table, null, f);
    }
}
