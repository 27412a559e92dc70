package no.planverk.platform.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The data source's HikariCP pool, made as pax-jdbc-pool-hikaricp makes it from the shipped cfg, in the scrape. */
class PoolMetricsTest {

    private final Metrics metrics = new Metrics();

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void thePoolsConnectionsAreScrapedWhileItIsTheDataSource() throws Exception {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        metrics.setDataSource(derby);
        assertFalse(metrics.scrape().contains("planverk_database_pool_"), "a data source without a pool has no pool figures");
        metrics.unsetDataSource(derby);

        // the pool.* properties of etc/org.ops4j.datasource-planverk.cfg, 'pool.' taken off, as pax-jdbc hands them on
        Properties settings = new Properties();
        settings.setProperty("maximumPoolSize", "3");
        settings.setProperty("minimumIdle", "3");
        settings.setProperty("connectionTimeout", "5000");
        HikariConfig config = new HikariConfig(settings);
        config.setDataSource(derby);
        config.setPoolName("planverk");
        try (HikariDataSource pool = new HikariDataSource(config)) {
            metrics.setDataSource(pool);
            try (Connection used = pool.getConnection()) {
                // the third connection counts as open a moment before it counts as idle: wait for both
                String text = waitFor(metrics::scrape, "planverk_database_pool_connections_open{pool=\"planverk\"} 3.0",
                        "planverk_database_pool_connections_idle{pool=\"planverk\"} 2.0");
                assertTrue(text.contains("planverk_database_pool_connections_active{pool=\"planverk\"} 1.0"), text);
                assertTrue(text.contains("planverk_database_pool_threads_waiting{pool=\"planverk\"} 0.0"), text);
            }
            assertTrue(metrics.scrape().contains("planverk_database_pool_connections_active{pool=\"planverk\"} 0.0"));
            metrics.unsetDataSource(pool);
            assertFalse(metrics.scrape().contains("planverk_database_pool_"), "a data source gone takes its figures along");
        }
    }

    /** HikariCP fills the pool in the background: scrape until the text shows all of it (at most 10 s). */
    private static String waitFor(Supplier<String> scrape, String... expected) throws InterruptedException {
        String text = scrape.get();
        for (int i = 0; i < 100 && !containsAll(text, expected); i++) {
            Thread.sleep(100);
            text = scrape.get();
        }
        assertTrue(containsAll(text, expected), text);
        return text;
    }

    private static boolean containsAll(String text, String... parts) {
        return java.util.Arrays.stream(parts).allMatch(text::contains);
    }
}
