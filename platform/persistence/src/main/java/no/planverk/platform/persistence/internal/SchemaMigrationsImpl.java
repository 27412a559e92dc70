package no.planverk.platform.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.SchemaMigrations;
import no.planverk.platform.api.SchemaStep;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = SchemaMigrations.class)
public class SchemaMigrationsImpl implements SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrationsImpl.class);
    static final String TABLE = "PV_SCHEMA_VERSION";

    private final DataSource dataSource;

    @Activate
    public SchemaMigrationsImpl(@Reference(target = "(osgi.jndi.service.name=planverk)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized int migrate(String unit, int targetVersion, List<SchemaStep> steps) {
        try (Connection c = dataSource.getConnection()) {
            ensureTable(c);
            int current = read(c, unit);
            if (current == 0) {
                write(c, unit, targetVersion, true);
                LOG.info("Schema of {} starts at version {}", unit, targetVersion);
                return targetVersion;
            }
            if (current > targetVersion) {
                throw new PlanverkException("The database holds schema version " + current + " of " + unit
                        + ", newer than this Planverk (" + targetVersion + "). Use a newer Planverk or restore a backup.");
            }
            List<SchemaStep> todo = steps.stream().filter(s -> s.version() > current && s.version() <= targetVersion)
                    .sorted(Comparator.comparingInt(SchemaStep::version)).toList();
            for (SchemaStep step : todo) {
                run(c, unit, step);
            }
            if (read(c, unit) < targetVersion) {
                write(c, unit, targetVersion, false);
            }
            return targetVersion;
        } catch (SQLException e) {
            throw new PlanverkException("Schema check of " + unit + " failed: " + DatabaseHealthImpl.rootMessage(e), e);
        }
    }

    @Override
    public int currentVersion(String unit) {
        try (Connection c = dataSource.getConnection()) {
            ensureTable(c);
            return read(c, unit);
        } catch (SQLException e) {
            throw new PlanverkException("Schema version of " + unit + " unreadable: " + DatabaseHealthImpl.rootMessage(e), e);
        }
    }

    private static void run(Connection c, String unit, SchemaStep step) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : step.statements()) {
                s.execute(sql);
            }
            write(c, unit, step.version(), false);
            c.commit();
            LOG.info("Schema of {} migrated to version {}: {}", unit, step.version(), step.description());
        } catch (SQLException e) {
            c.rollback();
            throw new PlanverkException("Schema step " + step.version() + " of " + unit + " (" + step.description()
                    + ") failed and was rolled back: " + DatabaseHealthImpl.rootMessage(e), e);
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void ensureTable(Connection c) throws SQLException {
        if (tableExists(c)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + TABLE + " (UNIT_NAME VARCHAR(100) NOT NULL PRIMARY KEY, "
                    + "SCHEMA_VERSION INTEGER NOT NULL, UPDATED_AT TIMESTAMP NOT NULL)");
        } catch (SQLException e) {
            // another node or thread created it in between: fine if it is there now
            if (!tableExists(c)) {
                throw e;
            }
        }
    }

    /** Derby stores unquoted names in upper case, PostgreSQL in lower case. */
    private static boolean tableExists(Connection c) throws SQLException {
        for (String name : new String[] {TABLE, TABLE.toLowerCase()}) {
            try (ResultSet rs = c.getMetaData().getTables(null, null, name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int read(Connection c, String unit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT SCHEMA_VERSION FROM " + TABLE + " WHERE UNIT_NAME = ?")) {
            ps.setString(1, unit);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void write(Connection c, String unit, int version, boolean insert) throws SQLException {
        String sql = insert
                ? "INSERT INTO " + TABLE + " (SCHEMA_VERSION, UPDATED_AT, UNIT_NAME) VALUES (?, ?, ?)"
                : "UPDATE " + TABLE + " SET SCHEMA_VERSION = ?, UPDATED_AT = ? WHERE UNIT_NAME = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, version);
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            ps.setString(3, unit);
            ps.executeUpdate();
        }
    }
}
