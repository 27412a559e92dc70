package no.planverk.forecasting.core.internal;

import java.time.Clock;
import no.planverk.forecasting.api.ForecastCsv;
import no.planverk.forecasting.api.ForecastModel;
import no.planverk.forecasting.api.ForecastService;
import no.planverk.forecasting.api.LinkTarget;
import no.planverk.forecasting.api.staircase.StaircaseService;
import no.planverk.forecasting.core.internal.csv.ForecastCsvImpl;
import no.planverk.forecasting.core.internal.model.ForecastModelImpl;
import no.planverk.forecasting.core.internal.staircase.StaircaseServiceImpl;
import no.planverk.platform.testing.LocalJpaTemplate;
import no.planverk.platform.testing.RecordingAudit;

/**
 * The forecasting module's real services on a fresh in-memory Derby database, for tests here and in the ui
 * module (core's test-jar). Link targets plug in as the dynamic references do in Karaf.
 */
public final class ForecastingFixture implements AutoCloseable {

    private final LocalJpaTemplate jpa;
    private final RecordingAudit audit = new RecordingAudit();
    private final ForecastCsvImpl csv = new ForecastCsvImpl();
    private final ForecastModelImpl model = new ForecastModelImpl();
    private final ForecastServiceImpl service;
    private final StaircaseServiceImpl staircase;

    private ForecastingFixture(LocalJpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.service = new ForecastServiceImpl(jpa, audit, model, csv, clock);
        this.staircase = StaircaseServiceImpl.of(jpa, audit);
    }

    public static ForecastingFixture inMemory() {
        return inMemory(Clock.systemUTC());
    }

    public static ForecastingFixture inMemory(Clock clock) {
        return new ForecastingFixture(LocalJpaTemplate.inMemory("planverk-forecasting-test"), clock);
    }

    public ForecastService service() {
        return service;
    }

    public StaircaseService staircase() {
        return staircase;
    }

    /** Fetching from SSB through these services, on or off, from {@code baseUrl}; audited in {@link #audit()}. */
    public no.planverk.forecasting.api.SsbFetchService ssb(boolean enabled, String baseUrl) {
        return new no.planverk.forecasting.core.internal.ssb.SsbFetch(service, audit,
                no.planverk.platform.core.internal.stats.SsbStatistics.of(enabled, baseUrl));
    }

    public ForecastCsv csv() {
        return csv;
    }

    public ForecastModel model() {
        return model;
    }

    public RecordingAudit audit() {
        return audit;
    }

    public void linkTarget(LinkTarget target) {
        service.addTarget(target);
    }

    public void removeLinkTarget(LinkTarget target) {
        service.removeTarget(target);
    }

    /** Makes a saved run look as if it was saved before model versions were stored (no MODEL_VERSION). */
    public void forgetModelVersion(long runId) {
        jpa.tx(em -> {
            em.createNativeQuery("update PV_FORECAST_RUN set MODEL_VERSION = null where ID = " + runId).executeUpdate();
            em.getEntityManagerFactory().getCache().evictAll();
        });
    }

    LocalJpaTemplate jpa() {
        return jpa;
    }

    @Override
    public void close() {
        jpa.close();
    }
}
