package no.planverk.platform.metrics.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The connection pool behind the database's data source when it is HikariCP ({@code pool = hikari} in
 * etc/org.ops4j.datasource-planverk.cfg, as shipped for Derby and documented for PostgreSQL): connections in use,
 * free and open, and threads waiting for one. pax-jdbc creates the pool, so this bundle does not import HikariCP: it
 * calls the pool's public getters ({@code HikariDataSource.getHikariPoolMXBean()}) by name. Another data source
 * gives no pool figures.
 */
final class PoolMetrics {

    /** Micrometer name → the getter of HikariCP's HikariPoolMXBean. */
    private static final Map<String, String> GAUGES = Map.of(
            "planverk.database.pool.connections.active", "getActiveConnections",
            "planverk.database.pool.connections.idle", "getIdleConnections",
            "planverk.database.pool.connections.open", "getTotalConnections",
            "planverk.database.pool.threads.waiting", "getThreadsAwaitingConnection");

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "planverk.database.pool.connections.active", "Database connections in use",
            "planverk.database.pool.connections.idle", "Database connections open and free",
            "planverk.database.pool.connections.open", "Database connections open",
            "planverk.database.pool.threads.waiting", "Threads waiting for a database connection");

    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();
    private DataSource watched;

    PoolMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Shows the pool of {@code dataSource} (instead of any before) when it is a HikariCP pool. */
    synchronized void watch(DataSource dataSource) {
        forget(watched);
        if (!isPool(dataSource)) {
            return;
        }
        watched = dataSource;
        Object name = call(dataSource, "getPoolName");
        GAUGES.forEach((metric, getter) -> meters.add(Gauge.builder(metric, () -> read(dataSource, getter))
                .tag("pool", name == null ? "planverk" : name.toString())
                .description(DESCRIPTIONS.get(metric))
                .register(registry)));
    }

    /** Takes the figures of {@code dataSource} away, when they are the ones shown. */
    synchronized void forget(DataSource dataSource) {
        if (dataSource != null && dataSource == watched) {
            meters.forEach(registry::remove);
            meters.clear();
            watched = null;
        }
    }

    static boolean isPool(DataSource dataSource) {
        try {
            dataSource.getClass().getMethod("getHikariPoolMXBean");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The getter's value on the running pool; NaN while the pool is not started or closed. */
    private static double read(DataSource dataSource, String getter) {
        Object pool = call(dataSource, "getHikariPoolMXBean");
        return pool != null && call(pool, getter) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static Object call(Object target, String method) {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
