package no.planverk.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;
import no.planverk.platform.api.DatabaseStatus;
import no.planverk.platform.testing.RecordingAudit;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped data source puts a HikariCP pool in front of embedded Derby (etc/org.ops4j.datasource-planverk.cfg:
 * pool = hikari, initializationFailTimeout = -1). A damaged database behind the pool is still reported as one that
 * cannot recover, with the newest backup and how to restore it, not as the pool's "Connection is not available".
 */
class PooledDatabaseHealthTest {

    @TempDir
    Path data;

    private String before;

    @BeforeEach
    void dataDirectory() {
        before = System.getProperty("karaf.data");
        System.setProperty("karaf.data", data.toString());
    }

    @AfterEach
    void restoreProperty() {
        if (before == null) {
            System.clearProperty("karaf.data");
        } else {
            System.setProperty("karaf.data", before);
        }
    }

    @Test
    void aDamagedDatabaseBehindThePoolNamesTheNewestBackup() throws Exception {
        Path db = data.resolve("derby/planverk");
        EmbeddedDataSource live = DatabaseBackupImplTest.derby(db, true);
        try (Connection c = live.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE T (N INT)");
            s.execute("INSERT INTO T VALUES (1)");
        }
        Path backup = new DatabaseBackupImpl(live, new RecordingAudit()).backup(data.resolve("backup"), DatabaseBackupImplTest.ADMIN);
        DatabaseHealthImplTest.damage(db);

        try (HikariDataSource pool = pool(DatabaseBackupImplTest.derby(data.resolve("derby/planverk-copy"), false))) {
            DatabaseStatus s = new DatabaseHealthImpl(pool).check();
            assertFalse(s.ok());
            assertTrue(s.message().contains("cannot be opened: it did not recover"), s.message());
            assertTrue(s.message().contains("The newest backup is " + backup.toAbsolutePath()), s.message());
            assertFalse(s.message().contains("Connection is not available"), s.message());
        }
    }

    @Test
    void aWorkingDatabaseBehindThePoolIsUp() {
        EmbeddedDataSource derby = DatabaseBackupImplTest.derby(data.resolve("derby/planverk"), true);
        try (HikariDataSource pool = pool(derby)) {
            DatabaseStatus s = new DatabaseHealthImpl(pool).check();
            assertTrue(s.ok(), s.message());
        }
    }

    /** The pool.* settings of the shipped cfg, 'pool.' taken off as pax-jdbc does (a shorter wait for the test). */
    private static HikariDataSource pool(EmbeddedDataSource derby) {
        Properties settings = new Properties();
        settings.setProperty("maximumPoolSize", "4");
        settings.setProperty("minimumIdle", "2");
        settings.setProperty("connectionTimeout", "1000");
        settings.setProperty("initializationFailTimeout", "-1");
        HikariConfig config = new HikariConfig(settings);
        config.setDataSource(derby);
        return new HikariDataSource(config);
    }
}
