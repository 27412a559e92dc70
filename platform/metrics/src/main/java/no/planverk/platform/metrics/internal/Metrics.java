package no.planverk.platform.metrics.internal;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import no.planverk.platform.api.DatabaseHealth;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The Prometheus registry: JVM and process figures, whether the database answers, its connection pool when it has one
 * ({@link PoolMetrics}), and every counter another bundle
 * offers as a {@link LongSupplier} service with the property {@value #NAME} (e.g. the failed logins of the security
 * bundle), described by {@value #DESCRIPTION}.
 */
@Component(service = Metrics.class)
public class Metrics {

    static final String NAME = "planverk.metric";
    static final String DESCRIPTION = "planverk.metric.description";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Map<LongSupplier, Meter> counters = new ConcurrentHashMap<>();
    private final PoolMetrics pool = new PoolMetrics(registry);
    private volatile DatabaseHealth database;

    public Metrics() {
        List<MeterBinder> binders = List.of(new JvmMemoryMetrics(), gc, new JvmThreadMetrics(), new ClassLoaderMetrics(),
                new ProcessorMetrics(), new UptimeMetrics(), new FileDescriptorMetrics());
        binders.forEach(b -> b.bindTo(registry));
        Gauge.builder("planverk.database.up", this, Metrics::databaseUp)
                .description("1 while the database answers, 0 when it does not or is not configured").register(registry);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setDatabase(DatabaseHealth d) {
        database = d;
    }

    void unsetDatabase(DatabaseHealth d) {
        if (database == d) {
            database = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, target = "(osgi.jndi.service.name=planverk)")
    void setDataSource(DataSource d) {
        pool.watch(d);
    }

    void unsetDataSource(DataSource d) {
        pool.forget(d);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, target = "(" + NAME + "=*)")
    void addCounter(LongSupplier counter, Map<String, Object> properties) {
        Object description = properties.get(DESCRIPTION);
        counters.put(counter, FunctionCounter.builder(String.valueOf(properties.get(NAME)), counter, LongSupplier::getAsLong)
                .description(description == null ? null : description.toString()).register(registry));
    }

    void removeCounter(LongSupplier counter) {
        Meter m = counters.remove(counter);
        if (m != null) {
            registry.remove(m);
        }
    }

    double databaseUp() {
        DatabaseHealth d = database;
        return d != null && d.check().ok() ? 1 : 0;
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Every metric in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    @Deactivate
    void close() {
        gc.close();
        registry.close();
    }
}
